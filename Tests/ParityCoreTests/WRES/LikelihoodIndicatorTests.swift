import Testing
@testable import ParityCore

struct LikelihoodIndicatorTests {
    // Indicator 2: White 300/1200 = 0.25, BME 150/900 = 0.1667 → RL 1.5,
    // CI exp(ln 1.5 ± 1.96·√(1/300 − 1/1200 + 1/150 − 1/900)) = 1.2580–1.7885 (python3).
    @Test func indicator2IsWhiteOverBME() throws {
        let counts = WRESReturnBuilder()
            .with(2, .shortlisted, white: 1200, bme: 900, unknown: 50)
            .with(2, .appointed, white: 300, bme: 150, unknown: 10).counts
        let c = WRESEngine.likelihood(indicator: 2, year: 2026, current: counts, previous: nil)
        #expect(c.focusGroup == .white && c.referenceGroup == .bme)
        #expect(c.focus == Proportion(events: 300, base: 1200))
        #expect(c.reference == Proportion(events: 150, base: 900))
        #expect(c.unknown == Proportion(events: 10, base: 50))
        #expect(c.relativeLikelihood == 1.5)
        let interval = try #require(c.confidenceInterval)
        #expect(StatisticsTolerance.matches(interval.low, 1.2580334206357036))
        #expect(StatisticsTolerance.matches(interval.high, 1.7885057448339015))
        #expect(c.isSignificant == true)
        #expect(c.flag == .adverse)
        #expect(c.pooledYears == [2026] && !c.usedSingleYear)
    }

    // Indicator 3 with both years: BME (9 + 8)/(834 + 800) ÷ White (12 + 10)/(2998 + 2950)
    // = 2.8128, CI 1.4973–5.2843 (python3).
    @Test func indicator3PoolsTwoYears() throws {
        let current = WRESReturnBuilder().headcount(white: 2998, bme: 834, unknown: 74)
            .with(3, .enteredDisciplinary, white: 12, bme: 9, unknown: 0).counts
        let previous = WRESReturnBuilder().headcount(white: 2950, bme: 800, unknown: 70)
            .with(3, .enteredDisciplinary, white: 10, bme: 8, unknown: 1).counts
        let c = WRESEngine.likelihood(indicator: 3, year: 2026, current: current, previous: previous)
        #expect(c.focusGroup == .bme && c.referenceGroup == .white)
        #expect(c.focus == Proportion(events: 17, base: 1634))
        #expect(c.reference == Proportion(events: 22, base: 5948))
        #expect(c.unknown == Proportion(events: 1, base: 144))
        #expect(StatisticsTolerance.matches(c.relativeLikelihood, 2.8128407700011127))
        #expect(StatisticsTolerance.matches(c.confidenceInterval?.low, 1.4972669275854178))
        #expect(StatisticsTolerance.matches(c.confidenceInterval?.high, 5.284343794422771))
        #expect(c.pooledYears == [2025, 2026] && !c.usedSingleYear)
        #expect(c.flag == .adverse)
    }

    private static let current3 = WRESReturnBuilder().headcount(white: 2998, bme: 834)
        .with(3, .enteredDisciplinary, white: 12, bme: 9).counts

    // Falls back to the current year alone: BME 9/834 ÷ White 12/2998 = 2.6960,
    // CI 1.1399–6.3767 (python3).
    @Test(arguments: [
        nil,
        ReturnCounts(),
        WRESReturnBuilder().with(3, .enteredDisciplinary, white: 10, bme: 8).counts,   // no headcount
        WRESReturnBuilder().headcount(white: 2950, bme: 800).counts,                   // no indicator 3
        WRESReturnBuilder().headcount(white: 2950, bme: 800).with(3, .enteredDisciplinary, white: 10, bme: nil).counts,
    ] as [ReturnCounts?])
    func indicator3FallsBackToOneYear(previous: ReturnCounts?) {
        let c = WRESEngine.likelihood(indicator: 3, year: 2026, current: Self.current3, previous: previous)
        #expect(c.pooledYears == [2026] && c.usedSingleYear)
        #expect(c.focus == Proportion(events: 9, base: 834))
        #expect(StatisticsTolerance.matches(c.relativeLikelihood, 2.696043165467626))
        #expect(StatisticsTolerance.matches(c.confidenceInterval?.low, 1.139875756018788))
        #expect(StatisticsTolerance.matches(c.confidenceInterval?.high, 6.37670264648114))
    }

    // Indicator 4: White 1500/2998 ÷ BME 350/834 = 1.1922, CI 1.0924–1.3012 (python3);
    // the headcount base sums every indicator-1 cell of the group.
    @Test func indicator4UsesTotalHeadcount() {
        let counts = WRESReturnBuilder()
            .with(1, .headcount(.clinical, .band5), white: 2000, bme: 600, unknown: 50)
            .with(1, .headcount(.nonClinical, .band2), white: 898, bme: 200)
            .with(1, .headcount(.medical, .consultant), white: 100, bme: 34, unknown: 24)
            .with(4, .accessedTraining, white: 1500, bme: 350).counts
        let c = WRESEngine.likelihood(indicator: 4, year: 2026, current: counts, previous: nil)
        #expect(c.focus == Proportion(events: 1500, base: 2998))
        #expect(c.reference == Proportion(events: 350, base: 834))
        #expect(c.unknown == nil)   // no Unknown training count: shown as no data
        #expect(StatisticsTolerance.matches(c.relativeLikelihood, 1.1922233870199181))
        #expect(StatisticsTolerance.matches(c.confidenceInterval?.low, 1.0923800588583752))
        #expect(c.flag == .nonAdverse && c.isSignificant == true)
        #expect(c.pooledYears == [2026] && !c.usedSingleYear)
    }

    @Test(arguments: [
        // (shortlisted W, B, appointed W, B, flag)
        (8, 2, 5, 1, Flag.nonAdverse),     // 0.625 ÷ 0.5 = 1.25 exactly: edge is non-adverse
        (16, 10, 10, 5, .nonAdverse),      // 0.625 ÷ 0.5 = 1.25
        (10, 10, 4, 5, .nonAdverse),       // 0.8 exactly
        (100, 100, 126, 100, .notApplicable),  // more appointed than shortlisted: inconsistent
        (100, 100, 13, 10, .adverse),      // 1.3
        (100, 100, 7, 10, .favourable),    // 0.7
        (100, 0, 10, 0, .notApplicable),   // no BME shortlisted
        (0, 100, 0, 10, .notApplicable),   // no White shortlisted
        (100, 100, 10, 0, .notApplicable), // no BME appointed: divisor likelihood 0
        (100, 100, 0, 10, .tooFewToConclude), // RL 0 but no interval
    ])
    func indicator2Flags(shortlistedWhite: Int, shortlistedBME: Int, appointedWhite: Int, appointedBME: Int, expected: Flag) {
        let counts = WRESReturnBuilder()
            .with(2, .shortlisted, white: shortlistedWhite, bme: shortlistedBME)
            .with(2, .appointed, white: appointedWhite, bme: appointedBME).counts
        let c = WRESEngine.likelihood(indicator: 2, year: 2026, current: counts, previous: nil)
        #expect(c.flag == expected)
        #expect((c.relativeLikelihood == nil) == (expected == .notApplicable))
        #expect((c.isSignificant == nil) == (c.confidenceInterval == nil))
    }

    @Test func missingDataIsNotApplicable() {
        let counts = WRESReturnBuilder().with(2, .shortlisted, white: 100, bme: 100).counts
        for indicator in 2...4 {
            let c = WRESEngine.likelihood(indicator: indicator, year: 2026, current: counts, previous: nil)
            #expect(c.relativeLikelihood == nil && c.confidenceInterval == nil && c.isSignificant == nil)
            #expect(c.flag == .notApplicable)
            #expect(c.focus == nil)
        }
    }
}
