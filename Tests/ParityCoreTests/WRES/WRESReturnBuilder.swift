@testable import ParityCore

/// Builds WRES return counts for tests, one group triple at a time; a group passed as `nil`
/// is left absent (no data), which is not the same as 0.
struct WRESReturnBuilder {
    private(set) var values: [CountKey: Int] = [:]

    func with(_ indicator: Int, _ measure: Measure, white: Int?, bme: Int?, unknown: Int? = nil) -> Self {
        var copy = self
        for (group, count) in [(PopulationGroup.white, white), (.bme, bme), (.unknown, unknown)] {
            if let count { copy.values[CountKey(indicator: indicator, measure: measure, group: group)] = count }
        }
        return copy
    }

    /// Indicator-1 headcount in a single cell, enough to give each group its total.
    func headcount(white: Int?, bme: Int?, unknown: Int? = nil) -> Self {
        with(1, .headcount(.clinical, .band5), white: white, bme: bme, unknown: unknown)
    }

    var counts: ReturnCounts { ReturnCounts(values) }
}
