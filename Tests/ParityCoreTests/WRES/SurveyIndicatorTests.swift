import Testing
@testable import ParityCore

struct SurveyIndicatorTests {
    // Expected values from python3 (Wilson and Newcombe method 10, z = 1.96), in percent.
    struct Case: Sendable, CustomTestStringConvertible {
        let indicator: Int
        let white: (yes: Int, respondents: Int)
        let bme: (yes: Int, respondents: Int)
        let gap: Double
        let gapLow: Double
        let gapHigh: Double
        let flag: Flag
        var testDescription: String { "indicator \(indicator)" }
    }

    @Test(arguments: [
        Case(indicator: 5, white: (822, 3000), bme: (321, 1000), gap: 4.7, gapLow: 1.4453750465507404, gapHigh: 8.046599523948892, flag: .adverse),
        Case(indicator: 6, white: (720, 3000), bme: (190, 1000), gap: -5, gapLow: -7.7888628738121355, gapHigh: -2.045754298481413, flag: .favourable),
        Case(indicator: 7, white: (1800, 3000), bme: (500, 1000), gap: -10, gapLow: -13.548536403282906, gapHigh: -6.438857522193237, flag: .adverse),
        Case(indicator: 8, white: (240, 3000), bme: (85, 1000), gap: 0.5, gapLow: -1.378279974945177, gapHigh: 2.6023250400491795, flag: .nonAdverse),
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
        #expect(s.flag == c.flag)
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
        (11, 11, 3, 8, Flag.adverse, true),            // 11 respondents is enough; gap 45.5 (CI 4.0 to 70.2)
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
