import Testing
@testable import ParityCore

@Suite struct WRESRollUpTests {
    private func rows(_ organisation: String, year: Int, white: (Int, Int), bme: (Int, Int)) -> [ReturnRow] {
        [
            ReturnRow(organisation: organisation, year: year, standard: .wres, indicator: 2, measure: .shortlisted, group: .white, count: white.1),
            ReturnRow(organisation: organisation, year: year, standard: .wres, indicator: 2, measure: .appointed, group: .white, count: white.0),
            ReturnRow(organisation: organisation, year: year, standard: .wres, indicator: 2, measure: .shortlisted, group: .bme, count: bme.1),
            ReturnRow(organisation: organisation, year: year, standard: .wres, indicator: 2, measure: .appointed, group: .bme, count: bme.0),
        ]
    }

    private var structure: RegionStructure {
        RegionStructure(regionName: "Testland", systems: [
            SystemEntry(code: "S1", name: "One", organisations: [
                OrganisationEntry(code: "A", name: "A", systemCode: "S1"),
                OrganisationEntry(code: "B", name: "B", systemCode: "S1"),
            ]),
            SystemEntry(code: "S2", name: "Two", organisations: [OrganisationEntry(code: "C", name: "C", systemCode: "S2")]),
        ])
    }

    private func counts(_ rows: [ReturnRow]) -> [ReturnKey: ReturnCounts] {
        Dictionary(grouping: rows, by: \.returnKey).mapValues { ReturnCounts(rows: $0) }
    }

    @Test func aSystemPoolsItsOrganisationsCountsAndNeverAveragesTheirRatios() {
        // given A: 100/400 vs 45/300 (RL 1.667); B: 60/200 vs 20/100 (RL 1.5)
        let data = counts(rows("A", year: 2026, white: (100, 400), bme: (45, 300)) + rows("B", year: 2026, white: (60, 200), bme: (20, 100)))
        // when
        let system = WRESRollUp.system(structure.systems[0], year: 2026, counts: data)
        // then (160/600) ÷ (65/400) = 1.6410…, not the mean 1.5833
        let ratio = try! #require(system.report.likelihoods[2]?.relativeLikelihood)
        #expect(abs(ratio - (160.0 / 600.0) / (65.0 / 400.0)) < 1e-12)
        #expect(system.organisationsReporting == 2)
    }

    @Test func theRegionPoolsEveryOrganisationOfEverySystem() {
        let data = counts(rows("A", year: 2026, white: (100, 400), bme: (45, 300))
            + rows("B", year: 2026, white: (60, 200), bme: (20, 100))
            + rows("C", year: 2026, white: (10, 50), bme: (10, 50)))
        let region = WRESRollUp.region(structure, year: 2026, counts: data)
        let ratio = try! #require(region.report.likelihoods[2]?.relativeLikelihood)
        #expect(abs(ratio - (170.0 / 650.0) / (75.0 / 450.0)) < 1e-12)
        #expect(region.organisationsReporting == 3)
        #expect(region.name == "Testland")
    }

    @Test func anOrganisationWithoutAReturnThatYearIsNotCounted() {
        let data = counts(rows("A", year: 2026, white: (100, 400), bme: (45, 300)) + rows("B", year: 2025, white: (60, 200), bme: (20, 100)))
        let system = WRESRollUp.system(structure.systems[0], year: 2026, counts: data)
        #expect(system.organisationsReporting == 1)
        #expect(abs((system.report.likelihoods[2]?.relativeLikelihood ?? 0) - 0.25 / 0.15) < 1e-12)
    }
}
