/// A headcount table by group as it may be shown, for WRES indicator 1 and WDES metric 1:
/// small counts hidden, secondary suppression so that no hidden count can be worked out from
/// the totals beside it, and each group's share kept only where every count it is built from
/// may be published (DOMAIN.md, disclosure control).
struct DisclosedHeadcounts {
    /// One row of the table, or the whole workforce.
    struct Line {
        let counts: [PopulationGroup: DisclosedCount]
        let total: DisclosedCount
        /// Each group's share of the line, 0–100, Unknown included in the denominator.
        let percents: [PopulationGroup: Double]
    }

    let rows: [Line]
    let overall: Line

    /// Applies `policy` to `table`'s rows over the columns `groups`, with the whole
    /// workforce's figures below them.
    init(_ table: some HeadcountTable, groups: [PopulationGroup], policy: DisclosurePolicy) {
        let cells = table.cells
        let disclosed = policy.discloseTable(cells.map { row in groups.map { row.counts[$0] ?? 0 } })
        func shares(_ counts: [Int], total: Int, shown: [DisclosedCount]) -> [PopulationGroup: Double] {
            var percents: [PopulationGroup: Double] = [:]
            for (index, group) in groups.enumerated() where shown[index].value != nil && total > 0
                && policy.mayPublishFigure(builtFrom: [counts[index], total]) {
                percents[group] = Double(counts[index]) / Double(total) * 100
            }
            return percents
        }
        self.rows = cells.enumerated().map { index, row in
            let counts = groups.map { row.counts[$0] ?? 0 }
            let shown = disclosed.cells[index]
            return Line(counts: Dictionary(uniqueKeysWithValues: zip(groups, shown)),
                        total: disclosed.rowTotals?[index] ?? policy.disclose(row.total),
                        percents: shares(counts, total: row.total, shown: shown))
        }
        let overallCounts = groups.map { table.overall[$0] ?? 0 }
        // A return without the headcount rows has no table, so no column totals to borrow.
        let overallShown = cells.isEmpty ? overallCounts.map(policy.disclose) : disclosed.columnTotals ?? overallCounts.map(policy.disclose)
        self.overall = Line(counts: Dictionary(uniqueKeysWithValues: zip(groups, overallShown)),
                            total: disclosed.grandTotal ?? policy.disclose(table.overallTotal),
                            percents: shares(overallCounts, total: table.overallTotal, shown: overallShown))
    }
}
