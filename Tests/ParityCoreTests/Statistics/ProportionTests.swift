import Testing
@testable import ParityCore

struct ProportionTests {
    @Test(arguments: [
        (3, 4, 0.75 as Double?, 75.0 as Double?),
        (0, 5, 0, 0),
        (5, 5, 1, 100),
        (1, 3, 1.0 / 3, 100.0 / 3),
        (0, 0, nil, nil),     // base 0: undefined, never 0
        (6, 5, nil, nil),     // more events than base: inconsistent
        (-1, 5, nil, nil),
    ])
    func valueAndPercent(events: Int, base: Int, value: Double?, percent: Double?) {
        let p = Proportion(events: events, base: base)
        #expect(StatisticsTolerance.matches(p.value, value))
        #expect(StatisticsTolerance.matches(p.percent, percent))
    }

    @Test func poolingAddsCounts() {
        #expect(Proportion(events: 9, base: 834) + Proportion(events: 8, base: 800) == Proportion(events: 17, base: 1634))
    }
}
