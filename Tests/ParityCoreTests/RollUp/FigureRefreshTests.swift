import Testing
@testable import ParityCore

@Suite struct FigureRefreshTests {
    private func key(_ organisation: String, _ year: Int, _ standard: Standard = .wres) -> ReturnKey {
        ReturnKey(organisation: organisation, year: year, standard: standard)
    }

    @Test(arguments: [
        ([], []),
        ([("A", 2026)], [2026, 2027]),
        ([("A", 2025), ("B", 2026)], [2025, 2026, 2027]),
        ([("A", 2020), ("A", 2024)], [2020, 2021, 2024, 2025]),
    ] as [([(String, Int)], Set<Int>)])
    func aReturnFeedsItsYearAndTheNext(changed: [(String, Int)], expected: Set<Int>) {
        // Indicator 3 of year Y + 1 pools the return of year Y (two-year rolling).
        #expect(FigureRefresh.years(reading: changed.map { key($0.0, $0.1) }) == expected)
    }

    @Test(arguments: [
        ([], []),
        ([2026], [2026, 2027]),
        ([2022, 2023, 2024], [2022, 2023, 2024, 2025]),
        ([2019, 2024], [2019, 2020, 2024, 2025]),
    ] as [([Int], Set<Int>)])
    func figuresAreKeptForEveryYearWithReturnsAndTheNext(years: [Int], expected: Set<Int>) {
        #expect(FigureRefresh.years(withReturns: years) == expected)
    }

    @Test func everyScopeIsTheRegionEverySystemEveryMemberAndTheOrganisationsOutside() {
        // given two systems, one empty, and an organisation known but in no system that year
        let structure = RegionStructure(regionName: "Testland", systems: [
            SystemEntry(code: "S1", name: "One", organisations: [
                OrganisationEntry(code: "A", name: "A", systemCode: "S1"),
                OrganisationEntry(code: "B", name: "B", systemCode: "S1"),
            ]),
            SystemEntry(code: "S2", name: "Two", organisations: []),
        ])
        // when
        let scopes = FigureRefresh.everyScope(in: structure, organisations: ["A", "C"])
        // then
        #expect(scopes == [.region, .system("S1"), .system("S2"), .organisation("A"), .organisation("B"), .organisation("C")])
    }

    @Test func scopesSortByKindThenCode() {
        #expect([FigureScope.system("S2"), .region, .organisation("B"), .system("S1"), .organisation("A")].sorted()
            == [.organisation("A"), .organisation("B"), .region, .system("S1"), .system("S2")])
    }
}
