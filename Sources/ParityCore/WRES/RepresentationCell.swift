/// One cell of WRES indicator 1: the headcount of one workforce and grade by group.
public struct RepresentationCell: Sendable, Hashable, Codable {
    public let workforce: Workforce
    public let grade: Grade
    /// Headcount per group, for the groups the return carries in this cell.
    public let counts: [PopulationGroup: Int]
    /// Everyone in the cell, Unknown included.
    public let total: Int

    /// A cell from its headcounts per group; `total` is their sum.
    public init(workforce: Workforce, grade: Grade, counts: [PopulationGroup: Int]) {
        self.workforce = workforce
        self.grade = grade
        self.counts = counts
        self.total = counts.values.reduce(0, +)
    }

    /// The group's share of the cell in percent 0–100, Unknown included in the denominator
    /// (DOMAIN.md, WRES indicator 1); `nil` when the cell is empty or lacks the group.
    public func percent(_ group: PopulationGroup) -> Double? {
        Self.percent(counts[group], of: total)
    }

    static func percent(_ count: Int?, of total: Int) -> Double? {
        guard let count, total > 0 else { return nil }
        return Double(count) * 100 / Double(total)
    }
}
