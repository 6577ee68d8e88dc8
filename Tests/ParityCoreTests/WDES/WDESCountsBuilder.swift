@testable import ParityCore

/// Builds WDES counts for tests, one group triple at a time; a group passed as `nil` is left
/// absent (no data), which is not the same as 0.
struct WDESCountsBuilder {
    private(set) var values: [WDESCountKey: Int] = [:]

    func with(_ metric: WDESMetric, _ measure: WDESMeasure, disabled: Int?, nonDisabled: Int?, unknown: Int? = nil) -> Self {
        var copy = self
        for (group, count) in [(PopulationGroup.disabled, disabled), (.nonDisabled, nonDisabled), (.unknown, unknown)] {
            if let count { copy.values[WDESCountKey(metric: metric, measure: measure, group: group)] = count }
        }
        return copy
    }

    /// Metric-1 headcount in a single cell, enough to give each group its total.
    func headcount(disabled: Int?, nonDisabled: Int?, unknown: Int? = nil) -> Self {
        with(.representation, .clusterHeadcount(.clinical, .afc5to7), disabled: disabled, nonDisabled: nonDisabled, unknown: unknown)
    }

    func survey(_ metric: WDESMetric, disabled: (yes: Int, of: Int)?, nonDisabled: (yes: Int, of: Int)?) -> Self {
        with(metric, .surveyRespondents, disabled: disabled?.of, nonDisabled: nonDisabled?.of)
            .with(metric, .surveyYes, disabled: disabled?.yes, nonDisabled: nonDisabled?.yes)
    }

    var counts: WDESCounts { WDESCounts(values) }
}
