/// WRES indicator 1 as it may be shown: headcounts by workforce and grade for White, BME and
/// Unknown staff, with small counts hidden and secondary suppression so that no hidden count
/// can be worked out from the totals shown beside them.
public struct PublishedRepresentation: Sendable, Hashable {
    public struct Row: Sendable, Hashable {
        public let workforce: Workforce
        public let grade: Grade
        public let counts: [PopulationGroup: DisclosedCount]
        public let total: DisclosedCount
        /// Each group's share of the row, 0–100, Unknown included in the denominator; a share
        /// is absent when a count it is built from may not be published.
        public let percents: [PopulationGroup: Double]
    }

    public static let groups: [PopulationGroup] = [.white, .bme, .unknown]

    public let rows: [Row]
    public let overall: [PopulationGroup: DisclosedCount]
    public let overallTotal: DisclosedCount
    public let overallPercents: [PopulationGroup: Double]
    /// BME share of Agenda for Change bands 8a to VSM, 0–100.
    public let seniorBMEPercent: Double?

    public init(_ representation: Representation, policy: DisclosurePolicy) {
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
            return Row(workforce: cell.workforce, grade: cell.grade,
                       counts: Dictionary(uniqueKeysWithValues: zip(groups, shown)),
                       total: table.rowTotals?[index] ?? policy.disclose(cell.total),
                       percents: shares(counts, total: cell.total, shown: shown))
        }
        let overallCounts = groups.map { representation.overall[$0] ?? 0 }
        // A return without indicator 1 has no table, so no column totals to borrow.
        let overallShown = representation.cells.isEmpty ? overallCounts.map(policy.disclose) : table.columnTotals ?? overallCounts.map(policy.disclose)
        overall = Dictionary(uniqueKeysWithValues: zip(groups, overallShown))
        overallTotal = table.grandTotal ?? policy.disclose(representation.overallTotal)
        overallPercents = shares(overallCounts, total: representation.overallTotal, shown: overallShown)
        let senior = representation.cells.filter { $0.workforce != .medical && $0.grade.isSenior }
        let seniorBME = senior.reduce(0) { $0 + ($1.counts[.bme] ?? 0) }
        let seniorTotal = senior.reduce(0) { $0 + $1.total }
        seniorBMEPercent = policy.mayPublishFigure(builtFrom: [seniorBME, seniorTotal]) ? representation.seniorBMEPercent : nil
    }
}
