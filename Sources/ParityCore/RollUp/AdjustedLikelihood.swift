import Foundation // log

/// A pooled relative likelihood (WRES 2–4, WDES 2–3 of a system or the region) adjusted for
/// the organisations it pools: the Mantel–Haenszel figure stratified by organisation, over
/// exactly the organisations and years the crude pooled figure adds up, with Cochran's test of
/// whether organisations differ (DOMAIN.md, adjusted roll-ups).
public struct AdjustedLikelihood: Sendable, Hashable, Codable {
    /// One organisation's counts: its stratum.
    public struct Stratum: Sendable, Hashable, Codable {
        public let code: String
        public let counts: MantelHaenszel.Stratum
    }

    /// The strata, in the scope's order; the crude figure's counts are their sums.
    public let strata: [Stratum]
    public let estimate: MantelHaenszel

    /// The figure over `members`, each an organisation's own comparison for one pooled year
    /// (an organisation pooled in two years appears twice and is one stratum of both years'
    /// counts); a comparison without both groups' counts adds nothing.
    public init<Subject>(members: [(code: String, comparison: RelativeLikelihoodComparison<Subject>)], z: Double) {
        var order: [String] = []
        var counts: [String: MantelHaenszel.Stratum] = [:]
        for (code, comparison) in members {
            guard let focus = comparison.focus, let reference = comparison.reference else { continue }
            if let earlier = counts[code] {
                counts[code] = MantelHaenszel.Stratum(focus: earlier.focus + focus, reference: earlier.reference + reference)
            } else {
                order.append(code)
                counts[code] = MantelHaenszel.Stratum(focus: focus, reference: reference)
            }
        }
        strata = order.map { Stratum(code: $0, counts: counts[$0]!) }
        estimate = MantelHaenszel(strata: strata.map(\.counts), z: z)
    }

    /// How far apart the crude and adjusted figures may be and still be read as agreeing: a
    /// tenth either way on the ratio scale.
    static let agreement = 1.1

    /// One sentence on how the adjusted figure relates to the `crude` pooled one, and one on
    /// whether organisations differ more than chance would explain.
    public func reading(crude: Double?) -> String {
        guard let adjusted = estimate.relativeLikelihood else {
            return "No figure adjusted for organisation: no organisation had an event in both groups."
        }
        let shown = "adjusted for organisation (\(DisplayFormat.ratio(adjusted)))"
        let comparison: String
        if let crude, crude > 0 {
            if (crude > 1) != (adjusted > 1), crude != 1, adjusted != 1 {
                comparison = "The pooled figure (\(DisplayFormat.ratio(crude))) and the figure \(shown) point different ways: the pooled one reflects how staff are spread across organisations of different sizes and rates (Simpson's paradox), so read the adjusted one."
            } else if max(crude / adjusted, adjusted / crude) > Self.agreement {
                comparison = "The pooled figure (\(DisplayFormat.ratio(crude))) and the figure \(shown) differ: part of the pooled figure comes from the mix of organisations rather than from within them."
            } else {
                comparison = "The pooled figure (\(DisplayFormat.ratio(crude))) and the figure \(shown) agree: the mix of organisations does not explain the pooled figure."
            }
        } else {
            comparison = "The figure \(shown) has no pooled figure to compare with."
        }
        guard let heterogeneity = estimate.heterogeneity else { return comparison }
        let test = "Cochran's Q = \(DisplayFormat.decimal(heterogeneity.q, places: 2)) on \(heterogeneity.degreesOfFreedom) degree\(heterogeneity.degreesOfFreedom == 1 ? "" : "s") of freedom, p = \(Self.pText(heterogeneity.pValue))"
        return comparison + (heterogeneity.isSignificant
            ? " Organisations differ more than chance would explain (\(test))."
            : " Organisations do not differ more than chance would explain (\(test)).")
    }

    private static func pText(_ p: Double) -> String {
        p < 0.001 ? "< 0.001" : DisplayFormat.decimal(p, places: 3)
    }
}
