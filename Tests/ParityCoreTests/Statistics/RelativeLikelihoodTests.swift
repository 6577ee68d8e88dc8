import Testing
@testable import ParityCore

struct RelativeLikelihoodTests {
    // Expected values from python3:
    //   rl = (a*m)/(n*c); se = sqrt(1/a - 1/n + 1/c - 1/m); ci = exp(log(rl) ± 1.96*se)
    @Test(arguments: [
        // DOMAIN.md worked check, indicator 2: 46.99% vs 14.65% → RL 3.21
        (4699, 10000, 1465, 10000, 3.207508532423208 as Double?, 3.0459359598544613 as Double?, 3.377651769822259 as Double?),
        (30, 200, 20, 200, 1.5, 0.8822274283036613, 2.5503627838076617),
        (300, 1200, 150, 900, 1.5, 1.2580334206357036, 1.7885057448339015),
        (1, 2, 1, 2, 1.0, 0.140858420921045, 7.099327065156633),
        (50, 50, 20, 20, 1.0, 1.0, 1.0),    // everyone had the event: SE 0
        (0, 100, 5, 100, 0.0, nil, nil),    // a = 0: RL 0, interval undefined (too few events)
        (5, 100, 0, 100, nil, nil, nil),    // divisor likelihood 0: undefined, never ∞
        (5, 0, 5, 100, nil, nil, nil),      // focus base 0
        (5, 100, 5, 0, nil, nil, nil),      // reference base 0
        (0, 0, 0, 0, nil, nil, nil),
        (12, 10, 5, 100, nil, nil, nil),    // more events than base
    ])
    func ratioAndInterval(a: Int, n: Int, c: Int, m: Int, ratio: Double?, low: Double?, high: Double?) {
        let focus = Proportion(events: a, base: n)
        let reference = Proportion(events: c, base: m)
        #expect(StatisticsTolerance.matches(RelativeLikelihood.ratio(focus: focus, reference: reference), ratio))
        let interval = RelativeLikelihood.interval(focus: focus, reference: reference, z: 1.96)
        #expect(StatisticsTolerance.matches(interval?.low, low))
        #expect(StatisticsTolerance.matches(interval?.high, high))
    }

    // The policy's boundaries must be hit exactly when the counts give exactly 0.80 or 1.25.
    @Test(arguments: [(5, 8, 1, 2, 1.25), (4, 10, 5, 10, 0.8), (2, 5, 1, 2, 0.8), (10, 16, 5, 10, 1.25)])
    func exactBoundaryRatios(a: Int, n: Int, c: Int, m: Int, expected: Double) {
        #expect(RelativeLikelihood.ratio(focus: Proportion(events: a, base: n), reference: Proportion(events: c, base: m)) == expected)
    }

    @Test func widerZGivesWiderInterval() throws {
        let focus = Proportion(events: 30, base: 200), reference = Proportion(events: 20, base: 200)
        let at95 = try #require(RelativeLikelihood.interval(focus: focus, reference: reference, z: 1.96))
        let at99 = try #require(RelativeLikelihood.interval(focus: focus, reference: reference, z: 2.576))
        #expect(at99.low < at95.low && at99.high > at95.high)
    }

    @Test(arguments: [(0.9, true), (1.0, false), (2.5, false), (2.6, true), (1.2580334206357036, false)])
    func excludes(x: Double, expected: Bool) {
        #expect(ConfidenceInterval(low: 1.0, high: 2.5).excludes(x) == expected)
    }
}
