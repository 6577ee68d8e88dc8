/// Newcombe's hybrid score interval for a difference between two independent proportions
/// (Newcombe 1998, "Interval estimation for the difference between independent
/// proportions", method 10), used for survey gaps (DOMAIN.md, shared arithmetic).
public enum NewcombeHybrid {
    /// The interval for `p1 − p2` in proportion units (−1 to 1), built from each
    /// proportion's Wilson interval at the normal deviate `z`:
    /// low = d − √((p1 − l1)² + (u2 − p2)²), high = d + √((u1 − p1)² + (p2 − l2)²).
    /// `nil` when either proportion is undefined.
    public static func differenceInterval(_ p1: Proportion, minus p2: Proportion, z: Double) -> ConfidenceInterval? {
        guard let v1 = p1.value, let v2 = p2.value,
              let w1 = WilsonScore.interval(p1, z: z), let w2 = WilsonScore.interval(p2, z: z)
        else { return nil }
        let difference = v1 - v2
        let below = ((v1 - w1.low) * (v1 - w1.low) + (w2.high - v2) * (w2.high - v2)).squareRoot()
        let above = ((w1.high - v1) * (w1.high - v1) + (v2 - w2.low) * (v2 - w2.low)).squareRoot()
        return ConfidenceInterval(low: difference - below, high: difference + above)
    }
}
