/// WDES metric 1 as it may be shown: headcounts by workforce and pay cluster for Disabled,
/// non-disabled and Unknown staff, with small counts hidden and secondary suppression so
/// that no hidden count can be worked out from the totals shown beside them (DOMAIN.md,
/// WDES metric 1 and disclosure control).
public struct PublishedWDESRepresentation: Sendable, Hashable {
    public struct Row: Sendable, Hashable {
        public let workforce: Workforce
        public let cluster: WDESCluster
        public let counts: [PopulationGroup: DisclosedCount]
        public let total: DisclosedCount
        /// Each group's share of the row, 0–100, Unknown included in the denominator; a share
        /// is absent when a count it is built from may not be published.
        public let percents: [PopulationGroup: Double]
    }

    public static let groups: [PopulationGroup] = Standard.wdes.groups

    public let rows: [Row]
    public let overall: [PopulationGroup: DisclosedCount]
    public let overallTotal: DisclosedCount
    public let overallPercents: [PopulationGroup: Double]
    /// True when the workforce has Disabled staff but their share may not be published.
    public let isDisabledShareWithheld: Bool

    /// Applies `policy` to the engine's metric 1.
    public init(_ representation: WDESRepresentation, policy: DisclosurePolicy) {
        let groups = Self.groups
        let table = policy.discloseTable(representation.cells.map { cell in groups.map { cell.counts[$0] ?? 0 } })
        func shares(_ counts: [Int], total: Int, shown: [DisclosedCount]) -> [PopulationGroup: Double] {
            var percents: [PopulationGroup: Double] = [:]
            for (index, group) in groups.enumerated() where shown[index].value != nil && total > 0
                && policy.mayPublishFigure(builtFrom: [counts[index], total]) {
                percents[group] = Double(counts[index]) / Double(total) * 100
            }
            return percents
        }
        rows = representation.cells.enumerated().map { index, cell in
            let counts = groups.map { cell.counts[$0] ?? 0 }
            let shown = table.cells[index]
            return Row(workforce: cell.workforce, cluster: cell.cluster,
                       counts: Dictionary(uniqueKeysWithValues: zip(groups, shown)),
                       total: table.rowTotals?[index] ?? policy.disclose(cell.total),
                       percents: shares(counts, total: cell.total, shown: shown))
        }
        let overallCounts = groups.map { representation.overall[$0] ?? 0 }
        // A return without metric 1 has no table, so no column totals to borrow.
        let overallShown = representation.cells.isEmpty ? overallCounts.map(policy.disclose) : table.columnTotals ?? overallCounts.map(policy.disclose)
        overall = Dictionary(uniqueKeysWithValues: zip(groups, overallShown))
        overallTotal = table.grandTotal ?? policy.disclose(representation.overallTotal)
        overallPercents = shares(overallCounts, total: representation.overallTotal, shown: overallShown)
        isDisabledShareWithheld = representation.overallPercent(.disabled) != nil && overallPercents[.disabled] == nil
    }

    /// The rows of one workforce, in cluster order.
    public func rows(in workforce: Workforce) -> [Row] { rows.filter { $0.workforce == workforce } }
}
