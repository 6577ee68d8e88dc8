import Testing
@testable import ParityCore

@Suite struct ReturnCoverageTests {
    @Test(arguments: [
        ([2], "1, 3–9"), ([1, 2, 3, 4, 5, 6, 7, 8, 9], nil), ([], "1–9"), ([1, 3, 5, 7, 9], "2, 4, 6, 8"), ([2, 3, 9], "1, 4–8"),
    ] as [([Int], String?)])
    func theIndicatorsAFileLeavesOutAreNamed(_ present: [Int], _ expected: String?) {
        #expect(ReturnCoverage.missing(wres: Set(present)) == expected)
    }

    @Test func aWDESFileMissesOnlyMetricsWithRowsNotTheNarrative() {
        let everyRow = Set(WDESMetric.allCases.filter { $0 != .voiceAction })
        #expect(ReturnCoverage.missing(wdes: everyRow) == nil)
        #expect(ReturnCoverage.missing(wdes: everyRow.subtracting([.representation, .board])) == "1, 10")
    }
}
