import Foundation // exp, log

/// Control limits of a funnel plot of relative likelihoods: how far an organisation's RL may
/// fall from the pooled RL by chance alone, given its size (Spiegelhalter, "Funnel plots for
/// comparing institutional performance", Statistics in Medicine 2005).
///
/// Under the hypothesis that an organisation shares the pool's likelihoods — focus group
/// `pf`, reference group `pr` — and the pool's share `s` of the base in the focus group, an
/// organisation whose base (focus and reference together) is `N` has the log-method variance
/// of DOMAIN.md evaluated at its expected counts:
/// Var(ln RL) = 1/a − 1/n + 1/c − 1/m = [(1 − pf)/(pf·s) + (1 − pr)/(pr·(1 − s))] / N.
/// The limits are `target · exp(±z·√(Var))`: z = 1.96 for 95%, 3.09 for 99.8%.
public struct FunnelLimits: Sendable, Hashable {
    /// The pooled RL: the centre line.
    public let target: Double
    /// Var(ln RL) × N, the variance of an organisation of size 1.
    public let unitVariance: Double

    /// The normal deviates of the two pairs of limits, 95% and 99.8% two-sided.
    public static let warningZ = 1.959964, controlZ = 3.090232

    /// The limits around the pool of `focus` and `reference` (pooled events and bases, as the
    /// RL itself is computed); nil when its RL is undefined or a group's events are none or
    /// all of its base, so that no variance can be estimated.
    public static func relativeLikelihood(focus: Proportion, reference: Proportion) -> FunnelLimits? {
        guard let target = RelativeLikelihood.ratio(focus: focus, reference: reference), target > 0,
              focus.events < focus.base, reference.events < reference.base else { return nil }
        let pf = Double(focus.events) / Double(focus.base), pr = Double(reference.events) / Double(reference.base)
        let share = Double(focus.base) / Double(focus.base + reference.base)
        return FunnelLimits(target: target, unitVariance: (1 - pf) / (pf * share) + (1 - pr) / (pr * (1 - share)))
    }

    /// The range inside which an organisation of `size` falls with probability set by `z`.
    public func limits(size: Double, z: Double) -> ClosedRange<Double> {
        let margin = z * (unitVariance / max(size, 1e-9)).squareRoot()
        return target * exp(-margin)...target * exp(margin)
    }

    /// The size at which the upper limit for `z` comes down to `value` (above the target):
    /// smaller organisations' limits lie beyond it.
    public func size(whereUpperLimitIs value: Double, z: Double) -> Double {
        guard value > target else { return .infinity }
        let margin = log(value / target)
        return unitVariance * (z / margin) * (z / margin)
    }

    /// Where an RL of `value` from an organisation of `size` falls; limits included.
    public func position(of value: Double, size: Double) -> FunnelPosition {
        let control = limits(size: size, z: Self.controlZ), warning = limits(size: size, z: Self.warningZ)
        if value > control.upperBound { return .aboveControl }
        if value < control.lowerBound { return .belowControl }
        if value > warning.upperBound { return .aboveWarning }
        if value < warning.lowerBound { return .belowWarning }
        return .within
    }
}

/// Where an organisation falls on a funnel plot.
public enum FunnelPosition: String, Sendable, Hashable, CaseIterable {
    /// Beyond the 99.8% limits: an outlier, unlikely to be chance (about 1 in 500).
    case aboveControl = "above-99.8"
    case belowControl = "below-99.8"
    /// Between the 95% and 99.8% limits: worth a look, but 1 in 20 falls here by chance.
    case aboveWarning = "above-95"
    case belowWarning = "below-95"
    case within

    /// The words in a table.
    public var label: String {
        switch self {
        case .aboveControl: "Outlier: above the 99.8% limit"
        case .belowControl: "Outlier: below the 99.8% limit"
        case .aboveWarning: "Above the 95% limit"
        case .belowWarning: "Below the 95% limit"
        case .within: "Within the limits"
        }
    }

    public var isOutlier: Bool { self == .aboveControl || self == .belowControl }
}
