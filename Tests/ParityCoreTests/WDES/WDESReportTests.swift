import Testing
@testable import ParityCore

struct WDESReportTests {
    @Test func everyMetricIsComputed() {
        let current = WDESCounts(
            WDESCountsBuilder()
                .with(.representation, .clusterHeadcount(.clinical, .afc5to7), disabled: 40, nonDisabled: 900, unknown: 60)
                .with(.appointment, .shortlisted, disabled: 1000, nonDisabled: 1000)
                .with(.appointment, .appointed, disabled: 209, nonDisabled: 218)
                .with(.capability, .enteredCapability, disabled: 2, nonDisabled: 9)
                .survey(.harassmentFromManagers, disabled: (120, 400), nonDisabled: (240, 1000))
                .survey(.reasonableAdjustments, disabled: (145, 200), nonDisabled: nil)
                .with(.engagement, .surveyRespondents, disabled: 120, nonDisabled: 480)
                .with(.engagement, .engagementScoreSum, disabled: 78000, nonDisabled: 331200)
                .with(.voiceAction, .actionTaken, disabled: 1, nonDisabled: nil)
                .with(.board, .board(.votingExecutive), disabled: 1, nonDisabled: 9).values,
            voiceNarrative: "A Disabled staff network chaired by a board member."
        )
        let r = WDESEngine.report(year: 2026, current: current, previous: nil)
        #expect(r.year == 2026 && !r.isEmpty)
        #expect(Set(r.likelihoods.keys) == [.appointment, .capability])
        #expect(Set(r.surveys.keys) == Set(WDESMetric.surveyGaps))
        #expect(r.likelihoods[.capability]?.usedSingleYear == true)
        // 30% ÷ 24% = 1.25, the band's upper edge (issue 28: no longer flagged by significance alone)
        #expect(r.surveys[.harassmentFromManagers]?.flag == .nonAdverse)
        #expect(r.surveys[.valuedWork]?.flag == .notApplicable)
        #expect(r.adjustments.percent == 72.5)
        #expect(StatisticsTolerance.matches(r.engagement.gap, -0.4))
        #expect(r.voiceAction.taken == true && r.voiceAction.narrative == current.voiceNarrative)
        #expect(r.board.workforceDisabledPercent == 4 && r.board.boardDifferencePoints == 6)
    }

    @Test func emptyReturnIsEmpty() {
        let r = WDESEngine.report(year: 2026, current: WDESCounts(), previous: nil)
        #expect(r.isEmpty)
        #expect(r.likelihoods.values.allSatisfy { $0.flag == .notApplicable })
        #expect(r.voiceAction.taken == nil)
    }
}
