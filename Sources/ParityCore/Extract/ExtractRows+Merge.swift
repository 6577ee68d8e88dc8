extension ExtractRows {
    /// Adds the rows of `previous` (a return's earlier version) that the extract does not
    /// replace, so that a new version made from an extract keeps, say, indicator 2 and the
    /// Staff Survey indicators entered before: a new version replaces the whole return, and
    /// nothing a person entered may be silently lost.
    public mutating func keep(_ previous: ExtractRows, replacing tally: ExtractTally) {
        let wresIndicators = tally.wresIndicators
        let wdesMetrics = tally.wdesMetrics
        let intersectionIndicators: Set<Int> = tally.coverage.disability ? [1, 3, 4] : []
        wres += previous.wres.filter { !wresIndicators.contains($0.indicator) }
        intersection += previous.intersection.filter { !intersectionIndicators.contains($0.indicator) }
        wdes += previous.wdes.filter { !wdesMetrics.contains($0.metric) }
    }
}
