import Testing
@testable import ParityCore

struct SurveyIndicatorTests {
    // Expected values from python3 (Wilson and Newcombe method 10, z = 1.96), in percent; the
    // relative likelihood of the experience, BME % ÷ White % (White % ÷ BME % for 7), whose
    // band makes the flag (indicator 5: 4.7 points, significant, but 1.17: non-adverse).
    struct Case: Sendable, CustomTestStringConvertible {
        let indicator: Int
        let white: (yes: Int, respondents: Int)
        let bme: (yes: Int, respondents: Int)
        let gap: Double
        let gapLow: Double
        let gapHigh: Double
        let ratio: Double
        let flag: Flag
        var testDescription: String { "indicator \(indicator)" }
    }

    @Test(arguments: [
        Case(indicator: 5, white: (822, 3000), bme: (321, 1000), gap: 4.7, gapLow: 1.4453750465507404, gapHigh: 8.046599523948892, ratio: 1.1715328467153285, flag: .nonAdverse),
        Case(indicator: 6, white: (720, 3000), bme: (190, 1000), gap: -5, gapLow: -7.7888628738121355, gapHigh: -2.045754298481413, ratio: 0.7916666666666666, flag: .favourable),
        Case(indicator: 7, white: (1800, 3000), bme: (500, 1000), gap: -10, gapLow: -13.548536403282906, gapHigh: -6.438857522193237, ratio: 1.2, flag: .nonAdverse),
        Case(indicator: 7, white: (1800, 3000), bme: (450, 1000), gap: -15, gapLow: -18.51843598607527, gapHigh: -11.435652352741979, ratio: 1.3333333333333333, flag: .adverse),
        Case(indicator: 8, white: (240, 3000), bme: (85, 1000), gap: 0.5, gapLow: -1.378279974945177, gapHigh: 2.6023250400491795, ratio: 1.0625, flag: .nonAdverse),
    ])
    func gapsAndFlags(_ c: Case) {
        let counts = WRESReturnBuilder()
            .with(c.indicator, .surveyRespondents, white: c.white.respondents, bme: c.bme.respondents)
            .with(c.indicator, .surveyYes, white: c.white.yes, bme: c.bme.yes).counts
        let s = WRESEngine.survey(indicator: c.indicator, current: counts)
        #expect(s.higherIsBetter == (c.indicator == 7))
        #expect(StatisticsTolerance.matches(s.gapPoints, c.gap))
        #expect(StatisticsTolerance.matches(s.gapInterval?.low, c.gapLow))
        #expect(StatisticsTolerance.matches(s.gapInterval?.high, c.gapHigh))
        #expect(StatisticsTolerance.matches(s.likelihood.relativeLikelihood, c.ratio))
        #expect(s.flag == c.flag)
    }

    // The region scorecard: a pool of 50,000 respondents has a gap of +1.0 point whose
    // Newcombe interval excludes zero (the old rule called it adverse), while a system's +2.3
    // points is not significant. By the relative likelihood both are non-adverse: 1.04 and 1.11.
    @Test(arguments: [
        ((10_000, 40_000), (2_600, 10_000), 1.0, 1.04, true),
        ((207, 1_000), (46, 200), 2.3, 1.1111111111111112, false),
    ] as [((Int, Int), (Int, Int), Double, Double, Bool)])
    func aSmallGapInALargePoolIsSignificantButNotAdverse(white: (Int, Int), bme: (Int, Int), gap: Double, ratio: Double, significant: Bool) {
        let counts = WRESReturnBuilder()
            .with(5, .surveyRespondents, white: white.1, bme: bme.1)
            .with(5, .surveyYes, white: white.0, bme: bme.0).counts
        let s = WRESEngine.survey(indicator: 5, current: counts)
        #expect(StatisticsTolerance.matches(s.gapPoints, gap))
        #expect(s.gapInterval.map { $0.excludes(0) } == significant)
        #expect(StatisticsTolerance.matches(s.likelihood.relativeLikelihood, ratio))
        #expect(s.likelihood.isSignificant == significant)
        #expect(s.flag == .nonAdverse)
    }

    // Wilson in percent: 822/3000 → 25.8336–29.0242, 321/1000 → 29.2796–35.0574 (python3).
    @Test func percentagesAndWilsonIntervals() {
        let counts = WRESReturnBuilder()
            .with(5, .surveyRespondents, white: 3000, bme: 1000)
            .with(5, .surveyYes, white: 822, bme: 321).counts
        let s = WRESEngine.survey(indicator: 5, current: counts)
        #expect(StatisticsTolerance.matches(s.whitePercent, 27.4))
        #expect(StatisticsTolerance.matches(s.bmePercent, 32.1))
        #expect(StatisticsTolerance.matches(s.whiteInterval?.low, 25.833639490728334))
        #expect(StatisticsTolerance.matches(s.whiteInterval?.high, 29.024166593320857))
        #expect(StatisticsTolerance.matches(s.bmeInterval?.low, 29.279598173175476))
        #expect(StatisticsTolerance.matches(s.bmeInterval?.high, 35.05740479621731))
    }

    @Test(arguments: [
        // (respondents W, B, yes W, B, flag, has gap)
        (11, 11, 3, 8, Flag.adverse, true),            // 11 respondents is enough; 8 of 11 ÷ 3 of 11 = 2.67
        (10, 11, 3, 8, .tooFewToConclude, true),
        (11, 10, 3, 8, .tooFewToConclude, true),
        (0, 11, 0, 8, .notApplicable, false),
        (11, 0, 3, 0, .notApplicable, false),
        (11, 11, 12, 8, .notApplicable, false),        // more yes than respondents
    ])
    func respondentThresholds(respondentsWhite: Int, respondentsBME: Int, yesWhite: Int, yesBME: Int, expected: Flag, hasGap: Bool) {
        let counts = WRESReturnBuilder()
            .with(8, .surveyRespondents, white: respondentsWhite, bme: respondentsBME)
            .with(8, .surveyYes, white: yesWhite, bme: yesBME).counts
        let s = WRESEngine.survey(indicator: 8, current: counts)
        #expect(s.flag == expected)
        #expect((s.gapPoints != nil) == hasGap)
    }

    @Test func missingSurveyIsNotApplicable() {
        let counts = WRESReturnBuilder().with(5, .surveyRespondents, white: 100, bme: 100).counts
        let s = WRESEngine.survey(indicator: 5, current: counts)
        #expect(s.white == nil && s.bme == nil && s.gapPoints == nil && s.gapInterval == nil && s.whiteInterval == nil)
        #expect(s.likelihood.relativeLikelihood == nil && s.likelihood.confidenceInterval == nil && s.likelihood.isSignificant == nil)
        #expect(s.flag == .notApplicable)
    }

    @Test func eachIndicatorReadsItsOwnRows() {
        let counts = WRESReturnBuilder()
            .with(6, .surveyRespondents, white: 100, bme: 50)
            .with(6, .surveyYes, white: 20, bme: 15).counts
        #expect(WRESEngine.survey(indicator: 5, current: counts).bme == nil)
        #expect(WRESEngine.survey(indicator: 6, current: counts).bme == Proportion(events: 15, base: 50))
    }
}
