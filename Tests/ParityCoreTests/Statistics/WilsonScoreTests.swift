import Testing
@testable import ParityCore

struct WilsonScoreTests {
    // Published examples: Newcombe (1998) "Two-sided confidence intervals for the single
    // proportion", Table I, Wilson score method: 81/263 → 0.2553–0.3662,
    // 15/148 → 0.0624–0.1605, 0/20 → 0–0.1611, 1/29 → 0.0061–0.1718.
    @Test(arguments: [
        (81, 263, 0.2553, 0.3662),
        (15, 148, 0.0624, 0.1605),
        (0, 20, 0.0, 0.1611),
        (1, 29, 0.0061, 0.1718),
        (20, 20, 0.8389, 1.0),
    ])
    func publishedExamples(events: Int, base: Int, low: Double, high: Double) throws {
        let interval = try #require(WilsonScore.interval(Proportion(events: events, base: base), z: 1.96))
        #expect(StatisticsTolerance.matches(interval.low, low, within: 0.00005))
        #expect(StatisticsTolerance.matches(interval.high, high, within: 0.00005))
        #expect(interval.low >= 0 && interval.high <= 1)
    }

    @Test(arguments: [(0, 0), (3, 2)])
    func undefinedProportionHasNoInterval(events: Int, base: Int) {
        #expect(WilsonScore.interval(Proportion(events: events, base: base), z: 1.96) == nil)
    }
}
