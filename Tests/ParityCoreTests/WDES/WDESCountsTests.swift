import Testing
@testable import ParityCore

struct WDESCountsTests {
    @Test(arguments: [
        WDESMeasure.shortlisted, .appointed, .enteredCapability, .surveyRespondents, .surveyYes,
        .engagementScoreSum, .actionTaken, .board(.nonVotingExecutive),
    ] + WDESMeasure.allClusterHeadcounts)
    func measureTextRoundTrips(measure: WDESMeasure) {
        #expect(WDESMeasure(rawValue: measure.rawValue) == measure)
    }

    @Test(arguments: ["cluster-headcount:medical:vsm", "cluster-headcount:clinical:consultant", "headcount:clinical:band-5",
                      "entered-disciplinary", "board:chair", "cluster-headcount:clinical", ""])
    func measureTextRejected(text: String) {
        #expect(WDESMeasure(rawValue: text) == nil)
    }

    @Test func metricIdsAndSets() {
        #expect(WDESMetric.allCases.map(\.rawValue) == ["1", "2", "3", "4a-i", "4a-ii", "4a-iii", "4b", "5", "6", "7", "8", "9a", "9b", "10"])
        #expect(WDESMetric(rawValue: "4a-iii") == .harassmentFromColleagues)
        #expect(WDESMeasure.allClusterHeadcounts.count == 13)  // 5 + 5 + 3
        #expect(WDESMeasure.enteredCapability.metrics == [.capability])
        #expect(WDESMeasure.surveyYes.metrics.contains(.reasonableAdjustments) && !WDESMeasure.surveyYes.metrics.contains(.engagement))
    }

    @Test func poolingAddsCountsAndDropsNarratives() {
        let a = WDESCounts(WDESCountsBuilder().headcount(disabled: 10, nonDisabled: 90).values, voiceNarrative: "Staff network")
        let b = WDESCountsBuilder().headcount(disabled: 5, nonDisabled: nil, unknown: 3).counts
        let pooled = WDESCounts.pooled([a, b])
        #expect(pooled.headcount(of: .disabled) == 15 && pooled.headcount(of: .nonDisabled) == 90 && pooled.headcount(of: .unknown) == 3)
        #expect(pooled.voiceNarrative == nil)
        #expect(WDESCounts().isEmpty && !WDESCounts(voiceNarrative: "x").isEmpty)
    }
}
