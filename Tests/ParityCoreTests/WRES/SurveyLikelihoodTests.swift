import Testing
@testable import ParityCore

/// The flag of a Staff Survey comparison reads the oriented relative likelihood of the
/// experience against the same 0.80–1.25 band as indicators 2–4 (DOMAIN.md, flags for survey
/// indicators). Exact ratios come from counts whose products divide exactly.
struct SurveyLikelihoodTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let protected: Proportion?
        let other: Proportion?
        let higherIsBetter: Bool
        let ratio: Double?
        let flag: Flag
        let note: String
        var testDescription: String { note }
    }

    private static func p(_ yes: Int, _ respondents: Int) -> Proportion { Proportion(events: yes, base: respondents) }

    @Test(arguments: [
        // A harm (5, 6, 8): protected % ÷ other %.
        Case(protected: p(126, 1000), other: p(100, 1000), higherIsBetter: false, ratio: 1.26, flag: .adverse, note: "1.26, above the band"),
        Case(protected: p(125, 1000), other: p(100, 1000), higherIsBetter: false, ratio: 1.25, flag: .nonAdverse, note: "1.25, upper edge included"),
        Case(protected: p(100, 1000), other: p(100, 1000), higherIsBetter: false, ratio: 1, flag: .nonAdverse, note: "parity"),
        Case(protected: p(80, 1000), other: p(100, 1000), higherIsBetter: false, ratio: 0.8, flag: .nonAdverse, note: "0.80, lower edge included"),
        Case(protected: p(79, 1000), other: p(100, 1000), higherIsBetter: false, ratio: 0.79, flag: .favourable, note: "0.79, below the band"),
        // A good (7; WDES 4b, 5, 7): other % ÷ protected %, so a lower protected % is adverse.
        Case(protected: p(79, 1000), other: p(100, 1000), higherIsBetter: true, ratio: 100.0 / 79, flag: .adverse, note: "good: 1.27"),
        Case(protected: p(80, 1000), other: p(100, 1000), higherIsBetter: true, ratio: 1.25, flag: .nonAdverse, note: "good: 1.25 edge"),
        Case(protected: p(125, 1000), other: p(100, 1000), higherIsBetter: true, ratio: 0.8, flag: .nonAdverse, note: "good: 0.80 edge"),
        Case(protected: p(126, 1000), other: p(100, 1000), higherIsBetter: true, ratio: 100.0 / 126, flag: .favourable, note: "good: 0.79"),
        // Undefined and too few.
        Case(protected: p(0, 1000), other: p(100, 1000), higherIsBetter: false, ratio: 0, flag: .tooFewToConclude, note: "no events in the numerator: no interval"),
        Case(protected: p(100, 1000), other: p(0, 1000), higherIsBetter: false, ratio: nil, flag: .notApplicable, note: "divisor percentage 0: n/a, never ∞"),
        Case(protected: p(0, 1000), other: p(100, 1000), higherIsBetter: true, ratio: nil, flag: .notApplicable, note: "good: divisor percentage 0"),
        Case(protected: p(8, 10), other: p(100, 1000), higherIsBetter: false, ratio: 8, flag: .tooFewToConclude, note: "10 respondents: too few"),
        Case(protected: p(3, 11), other: p(100, 1000), higherIsBetter: false, ratio: 3000.0 / 1100, flag: .adverse, note: "11 respondents are enough"),
        Case(protected: p(0, 0), other: p(100, 1000), higherIsBetter: false, ratio: nil, flag: .notApplicable, note: "no respondents"),
        Case(protected: nil, other: p(100, 1000), higherIsBetter: false, ratio: nil, flag: .notApplicable, note: "no counts"),
    ])
    func bandAndOrientation(_ c: Case) {
        let likelihood = SurveyLikelihood(protected: c.protected, other: c.other, higherIsBetter: c.higherIsBetter, policy: .standard)
        #expect(likelihood.relativeLikelihood == c.ratio)
        #expect(likelihood.flag == c.flag)
    }

    // 321/1000 BME against 822/3000 White (indicator 5): RL 1.1715, log-method interval
    // 1.0523–1.3043 (python3: exp(ln RL ± 1.96·√(1/a − 1/n + 1/c − 1/m))).
    @Test func intervalByTheLogMethod() {
        let likelihood = SurveyLikelihood(protected: Self.p(321, 1000), other: Self.p(822, 3000), higherIsBetter: false, policy: .standard)
        #expect(StatisticsTolerance.matches(likelihood.relativeLikelihood, 1.1715328467153285))
        #expect(StatisticsTolerance.matches(likelihood.confidenceInterval?.low, 1.0523088535264975))
        #expect(StatisticsTolerance.matches(likelihood.confidenceInterval?.high, 1.3042646237684266))
        #expect(likelihood.isSignificant == true)
        #expect(likelihood.flag == .nonAdverse)
    }

    @Test(arguments: [
        // (protected, other, significant, flag): significance never makes a flag by itself.
        (Proportion(events: 2600, base: 10_000), Proportion(events: 10_000, base: 40_000), true, Flag.nonAdverse),  // 1.04 in a large pool
        (Proportion(events: 8, base: 11), Proportion(events: 3, base: 11), false, .adverse),                        // 2.67, CI 0.95–7.47
        (Proportion(events: 46, base: 200), Proportion(events: 207, base: 1000), false, .nonAdverse),               // 1.11
    ])
    func significanceIsReportedBesideTheFlag(protected: Proportion, other: Proportion, significant: Bool, flag: Flag) {
        let likelihood = SurveyLikelihood(protected: protected, other: other, higherIsBetter: false, policy: .standard)
        #expect(likelihood.isSignificant == significant)
        #expect(likelihood.flag == flag)
    }

    @Test func theBandIsThePolicysOneValue() {
        let strict = AnalysisPolicy(nonAdverseRange: 0.9...1.1)
        let twentyPercentMore = (Self.p(120, 1000), Self.p(100, 1000))
        #expect(SurveyLikelihood(protected: twentyPercentMore.0, other: twentyPercentMore.1, higherIsBetter: false, policy: strict).flag == .adverse)
        #expect(SurveyLikelihood(protected: twentyPercentMore.0, other: twentyPercentMore.1, higherIsBetter: false, policy: .standard).flag == .nonAdverse)
        let fewer = AnalysisPolicy(minimumSurveyRespondents: 20)
        #expect(SurveyLikelihood(protected: Self.p(10, 19), other: Self.p(100, 1000), higherIsBetter: false, policy: fewer).flag == .tooFewToConclude)
    }
}
