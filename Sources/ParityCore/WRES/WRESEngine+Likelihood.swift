extension WRESEngine {
    /// WRES indicator 2, 3 or 4 as a relative likelihood oriented so that above 1 is adverse
    /// to BME staff: 2 is White ÷ BME appointed of shortlisted; 3 is BME ÷ White entering the
    /// formal disciplinary process of headcount, pooled over `year − 1` and `year` when the
    /// previous return has the counts (two-year rolling), else `year` alone; 4 is White ÷ BME
    /// accessing non-mandatory training and CPD of headcount. Headcount is the group's sum
    /// of all indicator-1 cells that year (DOMAIN.md, WRES indicators 2–4).
    public static func likelihood(indicator: Int, year: Int, current: ReturnCounts, previous: ReturnCounts?, policy: AnalysisPolicy = .standard) -> LikelihoodComparison {
        let (focusGroup, referenceGroup) = indicator == 3 ? (PopulationGroup.bme, PopulationGroup.white) : (.white, .bme)
        var years = [current]
        if indicator == 3, let previous, hasComparedCounts(indicator, previous),
           hasComparedCounts(indicator, current) {
            years.insert(previous, at: 0)
        }
        let focus = pooledProportion(indicator, focusGroup, years)
        let reference = pooledProportion(indicator, referenceGroup, years)
        let usedSingleYear = indicator == 3 && years.count == 1 && hasComparedCounts(indicator, current)
        return LikelihoodComparison(
            indicator,
            focusGroup: focusGroup,
            referenceGroup: referenceGroup,
            focus: focus,
            reference: reference,
            unknown: pooledProportion(indicator, .unknown, years),
            pooledYears: years.count == 2 ? [year - 1, year] : [year],
            usedSingleYear: usedSingleYear,
            policy: policy
        )
    }

    /// The events and base of one group for indicator 2, 3 or 4 in one return; `nil` when
    /// either count is missing.
    private static func proportion(_ indicator: Int, _ group: PopulationGroup, _ counts: ReturnCounts) -> Proportion? {
        let events: Int?
        let base: Int?
        switch indicator {
        case 2:
            events = counts[2, .appointed, group]
            base = counts[2, .shortlisted, group]
        case 3:
            events = counts[3, .enteredDisciplinary, group]
            base = counts.headcount(of: group)
        case 4:
            events = counts[4, .accessedTraining, group]
            base = counts.headcount(of: group)
        default:
            return nil
        }
        guard let events, let base else { return nil }
        return Proportion(events: events, base: base)
    }

    private static func hasComparedCounts(_ indicator: Int, _ counts: ReturnCounts) -> Bool {
        proportion(indicator, .white, counts) != nil && proportion(indicator, .bme, counts) != nil
    }

    /// Pooled counts over every return in `years`; `nil` unless each carries the group's
    /// counts, so that a pooled figure never mixes one year's events with two years' base.
    private static func pooledProportion(_ indicator: Int, _ group: PopulationGroup, _ years: [ReturnCounts]) -> Proportion? {
        let parts = years.compactMap { proportion(indicator, group, $0) }
        guard parts.count == years.count, let first = parts.first else { return nil }
        return parts.dropFirst().reduce(first, +)
    }
}
