import Testing
@testable import ParityCore

@Suite struct ComparisonSelectionTests {
    private let structure = RegionStructure(regionName: "Testland", systems: [
        SystemEntry(code: "S01", name: "Testshire", organisations: [
            OrganisationEntry(code: "T01", name: "Testshire Hospitals", systemCode: "S01"),
            OrganisationEntry(code: "T02", name: "Testshire Community", systemCode: "S01"),
        ]),
    ])

    @Test func readsOrganisationsAndSystemsInOrderOnce() {
        let selection = ComparisonSelection(codes: ["t02", " S01 ", "T02", ""], in: structure)
        #expect(selection.scopes.map(\.code) == ["T02", "S01"])
        #expect(selection.problems.isEmpty)
    }

    @Test func namesEveryUnknownCode() {
        let selection = ComparisonSelection(codes: ["T01", "ZZ9", "<b>"], in: structure)
        #expect(selection.scopes.map(\.code) == ["T01"])
        #expect(selection.problems.map(\.description) == ["No organisation or system has the code ZZ9.", "No organisation or system has the code <b>."])
    }

    @Test func refusesMoreThanSix() {
        let selection = ComparisonSelection(codes: ["T01", "T02", "S01", "A", "B", "C", "D"], in: structure)
        #expect(selection.problems.first == .tooMany(7))
        #expect(selection.problems.first?.description == "Choose at most 6 organisations or systems to compare: you chose 7.")
    }
}
