import Testing
@testable import ParityCore

struct NewcombeHybridTests {
    // Published examples: Newcombe (1998) "Interval estimation for the difference between
    // independent proportions", Table II, method 10 (hybrid score), to 4 decimals; each row
    // was also recomputed in python3 from the two Wilson intervals.
    @Test(arguments: [
        (56, 70, 48, 80, 0.2, 0.0524, 0.3339),
        (9, 10, 3, 10, 0.6, 0.1705, 0.8090),
        (6, 7, 2, 7, 4.0 / 7, 0.0582, 0.8063),
        (5, 56, 0, 29, 5.0 / 56, -0.0381, 0.1926),
        (0, 10, 0, 20, 0.0, -0.1611, 0.2775),
        (0, 10, 0, 10, 0.0, -0.2775, 0.2775),
        (10, 10, 0, 20, 1.0, 0.6791, 1.0),
        (10, 10, 0, 10, 1.0, 0.6075, 1.0),
    ])
    func publishedExamples(a: Int, n: Int, b: Int, m: Int, difference: Double, low: Double, high: Double) throws {
        let p1 = Proportion(events: a, base: n), p2 = Proportion(events: b, base: m)
        let interval = try #require(NewcombeHybrid.differenceInterval(p1, minus: p2, z: 1.96))
        #expect(StatisticsTolerance.matches(p1.value! - p2.value!, difference))
        #expect(StatisticsTolerance.matches(interval.low, low, within: 0.00005))
        #expect(StatisticsTolerance.matches(interval.high, high, within: 0.00005))
    }

    @Test func swappingGroupsMirrorsTheInterval() throws {
        let p1 = Proportion(events: 56, base: 70), p2 = Proportion(events: 48, base: 80)
        let forward = try #require(NewcombeHybrid.differenceInterval(p1, minus: p2, z: 1.96))
        let backward = try #require(NewcombeHybrid.differenceInterval(p2, minus: p1, z: 1.96))
        #expect(StatisticsTolerance.matches(forward.low, -backward.high))
        #expect(StatisticsTolerance.matches(forward.high, -backward.low))
    }

    @Test func undefinedProportionHasNoInterval() {
        #expect(NewcombeHybrid.differenceInterval(Proportion(events: 0, base: 0), minus: Proportion(events: 1, base: 2), z: 1.96) == nil)
        #expect(NewcombeHybrid.differenceInterval(Proportion(events: 1, base: 2), minus: Proportion(events: 0, base: 0), z: 1.96) == nil)
    }
}
