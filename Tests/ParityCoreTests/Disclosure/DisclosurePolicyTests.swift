import Testing
@testable import ParityCore

@Suite("Disclosure policy")
struct DisclosurePolicyTests {
    @Test(arguments: [
        (0, DisclosedCount.value(0)),
        (1, .suppressed),
        (2, .suppressed),
        (4, .suppressed),
        (5, .value(5)),
        (12_345, .value(12_345)),
    ])
    func publicReleaseHidesOneToFour(count: Int, expected: DisclosedCount) {
        #expect(DisclosurePolicy.publicRelease.disclose(count) == expected)
    }

    @Test(arguments: [0, 1, 4, 5, 10])
    func unrestrictedShowsEveryCount(count: Int) {
        #expect(DisclosurePolicy.unrestricted.disclose(count) == .value(count))
    }

    @Test func thresholdIsOnePolicyValue() {
        let policy = DisclosurePolicy(smallCountMaximum: 9)
        #expect(policy.disclose(9) == .suppressed)
        #expect(policy.disclose(10) == .value(10))
    }

    @Test(arguments: [
        ([5, 5, 120, 4_000], true),
        ([4, 50, 50, 50], false),
        ([50, 0, 50, 50], false),
        ([5], true),
        ([], true),
    ])
    func figureNeedsEveryCountAtLeastFive(counts: [Int], expected: Bool) {
        #expect(DisclosurePolicy.publicRelease.mayPublishFigure(builtFrom: counts) == expected)
    }

    @Test(arguments: [[0, 1, 4], [4, 50], []])
    func unrestrictedPublishesEveryFigure(counts: [Int]) {
        #expect(DisclosurePolicy.unrestricted.mayPublishFigure(builtFrom: counts))
    }

    @Test(arguments: [(0, false), (10, false), (11, true), (400, true)])
    func surveyNeedsElevenRespondents(respondents: Int, expected: Bool) {
        #expect(DisclosurePolicy.publicRelease.mayPublishSurvey(respondents: respondents) == expected)
        #expect(DisclosurePolicy.unrestricted.mayPublishSurvey(respondents: respondents))
    }

    @Test(arguments: [(9, false), (10, true)])
    func voiceBreakdownNeedsTenContributions(contributions: Int, expected: Bool) {
        #expect(DisclosurePolicy.publicRelease.mayPublishVoiceBreakdown(contributions: contributions) == expected)
        #expect(DisclosurePolicy.unrestricted.mayPublishVoiceBreakdown(contributions: contributions))
    }

    @Test func publicReleaseDefaults() {
        let policy = DisclosurePolicy.publicRelease
        #expect(policy.smallCountMaximum == 4)
        #expect(policy.minimumCountForFigure == 5)
        #expect(policy.minimumSurveyRespondents == 11)
        #expect(policy.minimumVoiceContributions == 10)
        #expect(!policy.isUnrestricted)
        #expect(DisclosurePolicy.unrestricted.isUnrestricted)
        #expect(!DisclosurePolicy(smallCountMaximum: 0).isUnrestricted)
    }

    @Test func ruleDescriptionNamesTheThresholds() {
        #expect(DisclosurePolicy.publicRelease.ruleDescription == """
            Counts from 1 to 4 are shown as *, and other cells are hidden where a total would reveal them. \
            A ratio or percentage is shown only when every count it is built from is at least 5. \
            Survey results are not reported for a group with fewer than 11 respondents. \
            Staff voice results are not broken down below 10 contributions.
            """)
        #expect(DisclosurePolicy.unrestricted.ruleDescription == "Unsuppressed: this is the organisation's own data, shown in full.")
        let onlyOnes = DisclosurePolicy(smallCountMaximum: 1, minimumCountForFigure: 0, minimumSurveyRespondents: 0, minimumVoiceContributions: 0)
        #expect(onlyOnes.ruleDescription == "Counts of 1 are shown as *, and other cells are hidden where a total would reveal them.")
    }
}
