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

    public init(_ representation: Representation, disclosure: CountDisclosure) {
        let table = DisclosedHeadcounts(representation, rowNames: representation.cells.map(CountItem.rowName), groups: Self.groups, disclosure: disclosure)
        rows = zip(representation.cells, table.rows).map { cell, line in
            Row(workforce: cell.workforce, grade: cell.grade, counts: line.counts, total: line.total, percents: line.percents)
        }
        (overall, overallTotal, overallPercents) = (table.overall.counts, table.overall.total, table.overall.percents)
        let senior = representation.cells.filter { $0.workforce != .medical && $0.grade.isSenior }
        let seniorBME = senior.reduce(0) { $0 + ($1.counts[.bme] ?? 0) }
        let seniorTotal = senior.reduce(0) { $0 + $1.total }
        // The share of the senior rows together would give away a hidden count among them.
        let seniorHidden = senior.contains { cell in
            [CountItem.headcount(.wres, row: CountItem.rowName(cell), group: .bme), .headcount(.wres, row: CountItem.rowName(cell), group: nil)].contains(where: disclosure.isHidden)
        }
        seniorBMEPercent = !seniorHidden && disclosure.policy.mayPublishFigure(builtFrom: [seniorBME, seniorTotal]) ? representation.seniorBMEPercent : nil
    }
}
