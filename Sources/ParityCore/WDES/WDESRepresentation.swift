/// WDES metric 1: headcount by workforce, pay cluster and disability, with the whole
/// workforce to compare against; Unknown is in every denominator (DOMAIN.md, WDES metric 1).
public struct WDESRepresentation: Sendable, Hashable, Codable {
    /// The cells the return carries, in `Workforce` then cluster order.
    public let cells: [WDESRepresentationCell]
    /// Headcount per group over every cell.
    public let overall: [PopulationGroup: Int]
    /// The whole workforce: every cell, Unknown included.
    public let overallTotal: Int

    /// Metric 1 from its cells; the overall totals are summed from them.
    public init(cells: [WDESRepresentationCell]) {
        self.cells = cells
        var overall: [PopulationGroup: Int] = [:]
        for cell in cells {
            for (group, count) in cell.counts { overall[group, default: 0] += count }
        }
        self.overall = overall
        overallTotal = overall.values.reduce(0, +)
    }

    /// The group's share of the whole workforce in percent 0–100, Unknown included in the
    /// denominator; `nil` without headcount or without a count for the group.
    public func overallPercent(_ group: PopulationGroup) -> Double? {
        overall[group].flatMap { Proportion(events: $0, base: overallTotal).percent }
    }

    /// The cells of one workforce, in cluster order.
    public func cells(in workforce: Workforce) -> [WDESRepresentationCell] {
        cells.filter { $0.workforce == workforce }
    }
}

/// One cell of WDES metric 1: the headcount of one workforce and pay cluster by group.
public struct WDESRepresentationCell: Sendable, Hashable, Codable {
    public let workforce: Workforce
    public let cluster: WDESCluster
    /// Headcount per group, for the groups the return carries in this cell.
    public let counts: [PopulationGroup: Int]
    /// Everyone in the cell, Unknown included.
    public let total: Int

    public init(workforce: Workforce, cluster: WDESCluster, counts: [PopulationGroup: Int]) {
        self.workforce = workforce
        self.cluster = cluster
        self.counts = counts
        total = counts.values.reduce(0, +)
    }

    /// The group's share of the cell in percent 0–100, Unknown included in the denominator
    /// (DOMAIN.md, WDES metric 1); `nil` when the cell is empty or lacks the group.
    public func percent(_ group: PopulationGroup) -> Double? {
        counts[group].flatMap { Proportion(events: $0, base: total).percent }
    }
}
