import Foundation // exp and log

/// Relative likelihood (RL): the likelihood of the focus group divided by that of the
/// reference group; 1 means parity (DOMAIN.md, shared arithmetic).
public enum RelativeLikelihood {
    /// The RL `(a/n) ÷ (c/m)` as a plain ratio, with `a` events of `n` in the focus group and
    /// `c` of `m` in the reference group. `nil` (shown "n/a", never 0 or ∞) when either base
    /// is 0, the counts are inconsistent, or the reference likelihood is 0 (DOMAIN.md).
    /// The RL is 0 when the focus group had no events.
    public static func ratio(focus: Proportion, reference: Proportion) -> Double? {
        guard focus.isDefined, reference.isDefined, reference.events > 0 else { return nil }
        // One division of exact integer products: an RL that is exactly 0.80 or 1.25 in
        // counts lands exactly on the policy's boundary instead of a rounding error away.
        return (Double(focus.events) * Double(reference.base)) / (Double(focus.base) * Double(reference.events))
    }

    /// The confidence interval of the RL by the log method: SE = √(1/a − 1/n + 1/c − 1/m),
    /// CI = exp(ln RL ± z·SE); z = 1.96 gives 95% (DOMAIN.md, shared arithmetic). Units: a
    /// ratio, like the RL. `nil` when the RL is undefined or when a = 0 or c = 0 ("too few
    /// events").
    public static func interval(focus: Proportion, reference: Proportion, z: Double) -> ConfidenceInterval? {
        guard let ratio = ratio(focus: focus, reference: reference), focus.events > 0 else { return nil }
        let variance = 1 / Double(focus.events) - 1 / Double(focus.base)
            + 1 / Double(reference.events) - 1 / Double(reference.base)
        let margin = z * max(variance, 0).squareRoot()
        return ConfidenceInterval(low: exp(log(ratio) - margin), high: exp(log(ratio) + margin))
    }
}
