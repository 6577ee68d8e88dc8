import Testing
@testable import ParityCore

struct RepresentationTests {
    @Test func cellsFollowWorkforceAndGradeOrder() {
        let r = WRESEngine.representation(RealisticTrust.current)
        #expect(r.cells.map { "\($0.workforce.rawValue):\($0.grade.rawValue)" } == [
            "non-clinical:band-2", "non-clinical:band-5", "non-clinical:band-8a", "non-clinical:vsm",
            "clinical:band-5", "clinical:band-6", "clinical:band-7", "clinical:band-8a", "clinical:band-8c",
            "medical:consultant", "medical:trainee",
        ])
        #expect(r.workforceTotals == [.nonClinical: 711, .clinical: 2766, .medical: 429])
        #expect(r.cells(in: .medical).count == 2)
    }

    // Cell percentages include Unknown in the denominator: consultant 90 / 245 = 36.7347%.
    @Test(arguments: [
        (Workforce.medical, Grade.consultant, PopulationGroup.bme, 245, 36.734693877551020 as Double?),
        (.medical, .consultant, .unknown, 245, 2.0408163265306123),
        (.nonClinical, .vsm, .unknown, 9, 0.0),
        (.clinical, .band5, .white, 1220, 73.77049180327869),
    ])
    func cellPercent(workforce: Workforce, grade: Grade, group: PopulationGroup, total: Int, expected: Double?) throws {
        let cell = try #require(WRESEngine.representation(RealisticTrust.current).cells.first { $0.workforce == workforce && $0.grade == grade })
        #expect(cell.total == total)
        #expect(StatisticsTolerance.matches(cell.percent(group), expected))
    }

    // Senior (8a–VSM, non-clinical + clinical): BME 6 + 1 + 15 + 2 = 24 of 227 = 10.5727%;
    // overall BME 834 of 3,906 = 21.3518%.
    @Test func overallAndSenior() {
        let r = WRESEngine.representation(RealisticTrust.current)
        #expect(r.overall == [.white: 2998, .bme: 834, .unknown: 74])
        #expect(r.overallTotal == 3906)
        #expect(StatisticsTolerance.matches(r.overallPercent(.bme), 21.351766513056834))
        #expect(StatisticsTolerance.matches(r.seniorBMEPercent, 10.572687224669604))
        #expect(r.senior == [.white: 198, .bme: 24, .unknown: 5])
    }

    @Test func emptyOrPartialReturns() {
        let empty = WRESEngine.representation(ReturnCounts())
        #expect(empty.cells.isEmpty && empty.overallTotal == 0)
        #expect(empty.overallPercent(.bme) == nil && empty.seniorBMEPercent == nil)
        let zero = WRESEngine.representation(WRESReturnBuilder().headcount(white: 0, bme: 0, unknown: 0).counts)
        #expect(zero.cells.count == 1 && zero.cells[0].percent(.bme) == nil)
        let noUnknown = WRESEngine.representation(WRESReturnBuilder().headcount(white: 3, bme: 1).counts)
        #expect(noUnknown.cells[0].percent(.unknown) == nil)
        #expect(noUnknown.cells[0].percent(.bme) == 25)
    }
}
