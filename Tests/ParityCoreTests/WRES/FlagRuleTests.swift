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
        (1.26, Flag.adverse),
        (1.25, .nonAdverse),    // edge inclusive, as for relative likelihoods
        (1.0, .nonAdverse),
        (0.8, .nonAdverse),     // edge inclusive
        (0.7999999, .favourable),
    ])
    func surveyReadsTheLikelihoodBand(ratio: Double, expected: Flag) {
        let policy = AnalysisPolicy.standard
        let flag = policy.surveyFlag(focus: Self.enough, reference: Self.enough, relativeLikelihood: ratio, interval: Self.someInterval)
        #expect(flag == expected)
        #expect(flag == policy.likelihoodFlag(relativeLikelihood: ratio, interval: Self.someInterval))
    }

    @Test func surveyWithoutRatioOrInterval() {
        let policy = AnalysisPolicy.standard
        #expect(policy.surveyFlag(focus: Self.enough, reference: Self.enough, relativeLikelihood: nil, interval: nil) == .notApplicable)
        #expect(policy.surveyFlag(focus: Self.enough, reference: Self.enough, relativeLikelihood: 0, interval: nil) == .tooFewToConclude)
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
    func surveyRespondentThreshold(focus: Proportion?, reference: Proportion?, expected: Flag) {
        // An RL of 1.30 with an interval: only the counts decide n/a and too few to conclude.
        #expect(AnalysisPolicy.standard.surveyFlag(focus: focus, reference: reference, relativeLikelihood: 1.3, interval: Self.someInterval) == expected)
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
        #expect(text.contains("the BME percentage ÷ the White percentage (White ÷ BME for indicator 7"))
        #expect(text.contains("read against the same range of 0.80 to 1.25"))
        #expect(text.contains("never makes a flag by itself"))
        #expect(text.contains("engagement score (9a) is a mean on a 0–10 scale, not a percentage, and carries no flag"))
        let other = AnalysisPolicy(nonAdverseRange: 0.9...1.1, z: 2.5758293035489, minimumSurveyRespondents: 20).ruleDescription
        #expect(other.contains("From 0.90 to 1.10 inclusive") && other.contains("same range of 0.90 to 1.10") && other.contains("99% confidence") && other.contains("fewer than 20"))
    }
}
