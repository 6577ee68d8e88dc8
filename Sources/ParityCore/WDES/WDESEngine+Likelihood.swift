extension WDESEngine {
    /// WDES metric 2 or 3 as a relative likelihood oriented so that above 1 is adverse to
    /// Disabled staff: 2 is non-disabled ÷ Disabled appointed of shortlisted; 3 is Disabled ÷
    /// non-disabled entering the formal capability process of headcount (the sum of metric-1
    /// cells), pooled over `year − 1` and `year` when both returns carry both groups' counts
    /// (two-year rolling, as WRES indicator 3), else `year` alone (DOMAIN.md, WDES metrics 2–3).
    /// Any other metric gives an n/a comparison.
    public static func likelihood(_ metric: WDESMetric, year: Int, current: WDESCounts, previous: WDESCounts?, policy: AnalysisPolicy = .standard) -> WDESLikelihoodComparison {
        let (focusGroup, referenceGroup) = metric == .capability
            ? (PopulationGroup.disabled, PopulationGroup.nonDisabled) : (.nonDisabled, .disabled)
        var years = [current]
        if metric == .capability, let previous, hasComparedCounts(metric, previous), hasComparedCounts(metric, current) {
            years.insert(previous, at: 0)
        }
        let focus = pooledProportion(metric, focusGroup, years)
        let reference = pooledProportion(metric, referenceGroup, years)
        return WDESLikelihoodComparison(
            metric,
            focusGroup: focusGroup,
            referenceGroup: referenceGroup,
            focus: focus,
            reference: reference,
            unknown: pooledProportion(metric, .unknown, years),
            pooledYears: years.count == 2 ? [year - 1, year] : [year],
            usedSingleYear: metric == .capability && years.count == 1 && hasComparedCounts(metric, current),
            policy: policy
        )
    }

    private static func proportion(_ metric: WDESMetric, _ group: PopulationGroup, _ counts: WDESCounts) -> Proportion? {
        let events: Int?
        let base: Int?
        switch metric {
        case .appointment:
            events = counts[.appointment, .appointed, group]
            base = counts[.appointment, .shortlisted, group]
        case .capability:
            events = counts[.capability, .enteredCapability, group]
            base = counts.headcount(of: group)
        default:
            return nil
        }
        guard let events, let base else { return nil }
        return Proportion(events: events, base: base)
    }

    private static func hasComparedCounts(_ metric: WDESMetric, _ counts: WDESCounts) -> Bool {
        proportion(metric, .disabled, counts) != nil && proportion(metric, .nonDisabled, counts) != nil
    }

    /// Pooled counts over every return in `years`; `nil` unless each carries the group's
    /// counts, so that a figure never mixes one year's events with two years' base.
    private static func pooledProportion(_ metric: WDESMetric, _ group: PopulationGroup, _ years: [WDESCounts]) -> Proportion? {
        let parts = years.compactMap { proportion(metric, group, $0) }
        guard parts.count == years.count, let first = parts.first else { return nil }
        return parts.dropFirst().reduce(first, +)
    }
}
