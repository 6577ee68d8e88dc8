import Testing
@testable import ParityCore

struct FlagRuleTests {
    private static let someInterval = ConfidenceInterval(low: 0.5, high: 3)

    @Test(arguments: [
        (1.26, Flag.adverse),
        (1.2500001, .adverse),
        (1.25, .nonAdverse),    // edge inclusive
        (1.0, .nonAdverse),
        (0.8, .nonAdverse),     // edge inclusive
        (0.7999999, .favourable),
        (0.0, .favourable),
    ])
    func likelihoodThresholds(ratio: Double, expected: Flag) {
        #expect(AnalysisPolicy.standard.likelihoodFlag(relativeLikelihood: ratio, interval: Self.someInterval) == expected)
    }

    @Test func likelihoodWithoutFigures() {
        let policy = AnalysisPolicy.standard
        #expect(policy.likelihoodFlag(relativeLikelihood: nil, interval: nil) == .notApplicable)
        #expect(policy.likelihoodFlag(relativeLikelihood: 0, interval: nil) == .tooFewToConclude)
        #expect(policy.likelihoodFlag(relativeLikelihood: 3, interval: nil) == .tooFewToConclude)
    }

    @Test func rangeIsOnePolicyValue() {
        let strict = AnalysisPolicy(nonAdverseRange: 0.9...1.1)
        #expect(strict.likelihoodFlag(relativeLikelihood: 1.2, interval: Self.someInterval) == .adverse)
        #expect(strict.likelihoodFlag(relativeLikelihood: 1.1, interval: Self.someInterval) == .nonAdverse)
        #expect(AnalysisPolicy.standard.likelihoodFlag(relativeLikelihood: 1.2, interval: Self.someInterval) == .nonAdverse)
    }

    private static let enough = Proportion(events: 5, base: 11)

    @Test(arguments: [
        // (gap interval, higher is better, expected)
        (ConfidenceInterval(low: 1.2, high: 8.1), false, Flag.adverse),
        (ConfidenceInterval(low: -8.1, high: -1.2), false, .favourable),
        (ConfidenceInterval(low: -0.1, high: 8.1), false, .nonAdverse),
        (ConfidenceInterval(low: 0, high: 8.1), false, .nonAdverse),     // touching 0 does not exclude it
        (ConfidenceInterval(low: -13.5, high: -6.4), true, .adverse),    // indicator 7: BME lower is worse
        (ConfidenceInterval(low: 2.0, high: 6.0), true, .favourable),
        (ConfidenceInterval(low: -2.0, high: 6.0), true, .nonAdverse),
    ])
    func surveyDirection(gap: ConfidenceInterval, higherIsBetter: Bool, expected: Flag) {
        let flag = AnalysisPolicy.standard.surveyFlag(white: Self.enough, bme: Self.enough, gapInterval: gap, higherIsBetter: higherIsBetter)
        #expect(flag == expected)
    }

    @Test(arguments: [
        (Proportion(events: 5, base: 11) as Proportion?, Proportion(events: 5, base: 11) as Proportion?, Flag.adverse),
        (Proportion(events: 5, base: 10), Proportion(events: 5, base: 11), .tooFewToConclude),
        (Proportion(events: 5, base: 11), Proportion(events: 1, base: 1), .tooFewToConclude),
        (Proportion(events: 0, base: 0), Proportion(events: 5, base: 11), .notApplicable),
        (Proportion(events: 5, base: 11), Proportion(events: 0, base: 0), .notApplicable),
        (nil, Proportion(events: 5, base: 11), .notApplicable),
        (Proportion(events: 5, base: 11), nil, .notApplicable),
    ])
    func surveyRespondentThreshold(white: Proportion?, bme: Proportion?, expected: Flag) {
        let gap = ConfidenceInterval(low: 1, high: 2)
        #expect(AnalysisPolicy.standard.surveyFlag(white: white, bme: bme, gapInterval: gap, higherIsBetter: false) == expected)
    }

    @Test func flagLabelsAndRawValues() {
        #expect(Flag.allCases.map(\.label) == ["Adverse", "Non-adverse", "Favourable", "Too few to conclude", "n/a"])
        #expect(Flag.allCases.map(\.rawValue) == ["adverse", "non-adverse", "favourable", "too-few-to-conclude", "n/a"])
    }

    @Test func ruleDescriptionNamesThePolicyValues() {
        let text = AnalysisPolicy.standard.ruleDescription
        #expect(text.contains("From 0.80 to 1.25 inclusive is non-adverse"))
        #expect(text.contains("95% confidence interval"))
        #expect(text.contains("fewer than 11 respondents"))
        let other = AnalysisPolicy(nonAdverseRange: 0.9...1.1, z: 2.5758293035489, minimumSurveyRespondents: 20).ruleDescription
        #expect(other.contains("From 0.90 to 1.10 inclusive") && other.contains("99% confidence") && other.contains("fewer than 20"))
    }
}
