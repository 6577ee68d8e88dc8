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

    /// Applies `disclosure` to the engine's metric 1.
    public init(_ representation: WDESRepresentation, disclosure: CountDisclosure) {
        let table = DisclosedHeadcounts(representation, rowNames: representation.cells.map(CountItem.rowName), groups: Self.groups, disclosure: disclosure)
        rows = zip(representation.cells, table.rows).map { cell, line in
            Row(workforce: cell.workforce, cluster: cell.cluster, counts: line.counts, total: line.total, percents: line.percents)
        }
        (overall, overallTotal, overallPercents) = (table.overall.counts, table.overall.total, table.overall.percents)
        isDisabledShareWithheld = representation.overallPercent(.disabled) != nil && overallPercents[.disabled] == nil
    }

    /// The rows of one workforce, in cluster order.
    public func rows(in workforce: Workforce) -> [Row] { rows.filter { $0.workforce == workforce } }
}
