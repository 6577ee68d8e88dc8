import Testing
@testable import ParityCore

struct WRESReportTests {
    @Test func realisticFullReport() {
        let report = WRESEngine.report(year: 2026, current: RealisticTrust.current, previous: RealisticTrust.previous)
        #expect(report.year == 2026 && !report.isEmpty)
        #expect(report.representation.overallTotal == 3906)
        #expect(report.likelihoods.keys.sorted() == [2, 3, 4])
        #expect(report.surveys.keys.sorted() == [5, 6, 7, 8])
        #expect(report.likelihoods.mapValues(\.flag) == [2: .adverse, 3: .adverse, 4: .nonAdverse])
        // Survey flags read the relative likelihood (issue 28): 1.17, 0.79, 1.20 (White ÷ BME), 1.06.
        #expect(report.surveys.mapValues(\.flag) == [5: .nonAdverse, 6: .favourable, 7: .nonAdverse, 8: .nonAdverse])
        #expect(report.likelihoods[3]?.pooledYears == [2025, 2026])
        #expect(StatisticsTolerance.matches(report.likelihoods[3]?.relativeLikelihood, 2.8128407700011127))
        // Indicator 4's base is the whole indicator-1 headcount: 1500/2998 ÷ 350/834.
        #expect(StatisticsTolerance.matches(report.likelihoods[4]?.relativeLikelihood, 1.1922233870199181))
        #expect(StatisticsTolerance.matches(report.board.workforceBMEPercent, 21.351766513056834))
        #expect(StatisticsTolerance.matches(report.board.boardDifferencePoints, -1.351766513056834))
    }

    @Test func withoutPreviousYearIndicator3UsesOneYear() {
        let report = WRESEngine.report(year: 2026, current: RealisticTrust.current, previous: nil)
        #expect(report.likelihoods[3]?.usedSingleYear == true)
        #expect(StatisticsTolerance.matches(report.likelihoods[3]?.relativeLikelihood, 2.696043165467626))
    }

    @Test func emptyReturnGivesEmptyReport() {
        let report = WRESEngine.report(year: 2026, current: ReturnCounts(), previous: nil)
        #expect(report.isEmpty)
        #expect(report.likelihoods.values.allSatisfy { $0.flag == .notApplicable })
        #expect(report.surveys.values.allSatisfy { $0.flag == .notApplicable })
        #expect(report.board.boardBMEPercent == nil)
    }

    @Test func policyChangesTheFlags() {
        let strict = AnalysisPolicy(nonAdverseRange: 0.9...1.1)
        let report = WRESEngine.report(year: 2026, current: RealisticTrust.current, previous: RealisticTrust.previous, policy: strict)
        #expect(report.likelihoods[4]?.flag == .adverse)   // 1.19 is above 1.1
    }
}
