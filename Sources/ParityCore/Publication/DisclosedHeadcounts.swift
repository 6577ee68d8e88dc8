/// A headcount table by group as it may be shown, for WRES indicator 1 and WDES metric 1:
/// small counts hidden, secondary suppression so that no hidden count can be worked out from
/// the totals beside it — by the year's disclosure across every output when there is one,
/// else within the table — and each group's share kept only where every count it is built
/// from may be published and none is hidden (DOMAIN.md, disclosure control).
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

    /// Applies `disclosure` to `table`'s rows over the columns `groups`, with the whole
    /// workforce's figures below them; `rowNames` name the rows as `CountItem.headcount` does.
    init(_ table: some HeadcountTable, rowNames: [String], groups: [PopulationGroup], disclosure: CountDisclosure) {
        let cells = table.cells
        let standard = disclosure.standard
        let local = disclosure.policy.discloseTable(cells.map { row in groups.map { row.counts[$0] ?? 0 } })
        func shown(_ count: Int, _ item: CountItem, local: DisclosedCount?) -> DisclosedCount {
            disclosure.decidesTables ? disclosure.disclose(count, item) : local ?? disclosure.policy.disclose(count)
        }
        func line(row: String?, counts: [Int], total: Int, localCounts: [DisclosedCount]?, localTotal: DisclosedCount?) -> Line {
            let countsShown = groups.indices.map { shown(counts[$0], .headcount(standard, row: row, group: groups[$0]), local: localCounts?[$0]) }
            let totalShown = shown(total, .headcount(standard, row: row, group: nil), local: localTotal)
            var percents: [PopulationGroup: Double] = [:]
            for (index, group) in groups.enumerated() where countsShown[index].value != nil && totalShown.value != nil && total > 0
                && disclosure.policy.mayPublishFigure(builtFrom: [counts[index], total]) {
                percents[group] = Double(counts[index]) / Double(total) * 100
            }
            return Line(counts: Dictionary(uniqueKeysWithValues: zip(groups, countsShown)), total: totalShown, percents: percents)
        }
        rows = cells.enumerated().map { index, row in
            line(row: rowNames[index], counts: groups.map { row.counts[$0] ?? 0 }, total: row.total,
                 localCounts: local.cells[index], localTotal: local.rowTotals?[index])
        }
        // A return without the headcount rows has no table, so no column totals to borrow.
        overall = line(row: nil, counts: groups.map { table.overall[$0] ?? 0 }, total: table.overallTotal,
                       localCounts: cells.isEmpty ? nil : local.columnTotals, localTotal: cells.isEmpty ? nil : local.grandTotal)
    }
}
