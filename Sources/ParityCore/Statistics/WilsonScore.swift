/// The Wilson score interval for one proportion, used for survey percentages
/// (DOMAIN.md, shared arithmetic; Wilson 1927, Newcombe 1998 method 3).
public enum WilsonScore {
    /// The interval for `p` in proportion units 0–1, at the normal deviate `z` (1.96 for 95%).
    /// `nil` when the base is 0 or the counts are inconsistent. Ends are clamped to 0–1 so
    /// that rounding error cannot print "−0.0%".
    public static func interval(_ p: Proportion, z: Double) -> ConfidenceInterval? {
        guard let phat = p.value else { return nil }
        let n = Double(p.base)
        let z2 = z * z
        let denominator = 1 + z2 / n
        let centre = (phat + z2 / (2 * n)) / denominator
        let halfWidth = z / denominator * (phat * (1 - phat) / n + z2 / (4 * n * n)).squareRoot()
        return ConfidenceInterval(low: max(0, centre - halfWidth), high: min(1, centre + halfWidth))
    }
}
