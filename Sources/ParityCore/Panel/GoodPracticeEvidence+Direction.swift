import Foundation // log

extension GoodPracticeEvidence.Direction {
    /// Which way WRES indicator `indicator` moved for BME staff from `before` to `after`
    /// (each in the units of `GoodPracticeEvidence.Point.value`):
    /// - 1, BME % of Agenda for Change bands 8a to VSM: improved when it rises (Model
    ///   Employer ambition; the whole-workforce share is not better or worse).
    /// - 2–4, relative likelihood: improved when it comes closer to parity 1.00, measured as
    ///   |ln RL| so that 2.00 and 0.50 are equally far from it.
    /// - 5, 6, 8, BME − White gap in points: improved when it falls (less harm to BME staff).
    /// - 7, BME − White gap in points: improved when it rises (higher is better).
    /// - 9, board − workforce BME % in points: improved when the board's shortfall,
    ///   max(0, −difference), shrinks; a board at least as diverse as its workforce has none.
    /// A move within `GoodPracticeEvidence.Tolerance` is unchanged; any other indicator
    /// number is not comparable. Source: issue 7 and
    /// DOMAIN.md, WRES indicators.
    public static func between(indicator: Int, before: Double, after: Double) -> Self {
        switch indicator {
        case 1: rise(from: before, to: after, tolerance: GoodPracticeEvidence.Tolerance.points)
        case 2...4:
            // The distances are infinite for an RL of 0; two infinite distances read unchanged.
            rise(from: abs(log(after)), to: abs(log(before)), tolerance: log(1 + GoodPracticeEvidence.Tolerance.ratio))
        case 7: rise(from: before, to: after, tolerance: GoodPracticeEvidence.Tolerance.points)
        case 5, 6, 8: rise(from: after, to: before, tolerance: GoodPracticeEvidence.Tolerance.points)
        case 9: rise(from: max(0, -after), to: max(0, -before), tolerance: GoodPracticeEvidence.Tolerance.points)
        default: .notComparable
        }
    }

    /// Improved when `to` exceeds `from` by more than `tolerance`, worsened when it falls
    /// short by more than it.
    private static func rise(from: Double, to: Double, tolerance: Double) -> Self {
        if to - from > tolerance { return .improved }
        if from - to > tolerance { return .worsened }
        return .unchanged
    }

    /// The direction of two points of the same indicator: not comparable unless both
    /// figures exist and may be shown.
    static func between(indicator: Int, before: GoodPracticeEvidence.Point?, after: GoodPracticeEvidence.Point?) -> Self {
        guard let old = before?.value, let new = after?.value else { return .notComparable }
        return between(indicator: indicator, before: old, after: new)
    }
}
