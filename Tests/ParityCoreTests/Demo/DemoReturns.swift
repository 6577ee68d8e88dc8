@testable import ParityCore

/// The demo region's returns indexed for the tests, with the hand formulas they check.
struct DemoReturns: Sendable {
    /// The default region, generated once for every test that reads it.
    static let standard = DemoReturns(DemoRegion.generate(latestYear: 2024))

    let data: DemoRegionData
    let returns: [ReturnKey: ReturnCounts]
    /// Each organisation's return for the latest year, by organisation code.
    let latest: [String: ReturnCounts]

    init(_ data: DemoRegionData) {
        self.data = data
        let returns = Dictionary(grouping: data.rows, by: \.returnKey).mapValues { ReturnCounts(rows: $0) }
        let latestYear = data.rows.map(\.year).max() ?? 0
        self.returns = returns
        latest = Dictionary(uniqueKeysWithValues: returns.filter { $0.key.year == latestYear }.map { ($0.key.organisation, $0.value) })
    }

    func counts(_ organisation: String, _ year: Int) -> ReturnCounts? {
        returns[ReturnKey(organisation: organisation, year: year, standard: .wres)]
    }

    /// Indicator 1 headcount of one group over every workforce and grade.
    static func headcount(_ counts: ReturnCounts, _ group: PopulationGroup, grades: Set<Grade> = Set(Grade.allCases)) -> Int {
        Workforce.allCases.flatMap { workforce in workforce.grades.filter(grades.contains).map { counts[1, .headcount(workforce, $0), group] ?? 0 } }
            .reduce(0, +)
    }

    static func staff(_ counts: ReturnCounts) -> Int {
        Standard.wres.groups.map { headcount(counts, $0) }.reduce(0, +)
    }

    /// Indicator 2 relative likelihood, White ÷ BME appointed from shortlisting.
    static func appointmentLikelihood(_ counts: ReturnCounts) -> Double {
        func rate(_ group: PopulationGroup) -> Double {
            Double(counts[2, .appointed, group]!) / Double(counts[2, .shortlisted, group]!)
        }
        return rate(.white) / rate(.bme)
    }

    static func surveyShare(_ counts: some Sequence<ReturnCounts>, indicator: Int, _ group: PopulationGroup) -> Double {
        let pooled = ReturnCounts.pooled(counts)
        return Double(pooled[indicator, .surveyYes, group]!) / Double(pooled[indicator, .surveyRespondents, group]!)
    }
}
