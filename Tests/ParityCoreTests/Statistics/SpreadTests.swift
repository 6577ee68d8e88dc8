import Testing
@testable import ParityCore

struct SpreadTests {
    @Test(arguments: [
        ([1.5], Spread(median: 1.5, min: 1.5, max: 1.5, count: 1)),
        ([3.0, 1.0, 2.0], Spread(median: 2.0, min: 1.0, max: 3.0, count: 3)),
        ([0.9, 1.7, 1.1, 3.2], Spread(median: 1.4, min: 0.9, max: 3.2, count: 4)),
        ([2.0, .nan, 1.0, .infinity], Spread(median: 1.5, min: 1.0, max: 2.0, count: 2)),
    ])
    func spreadOfValues(values: [Double], expected: Spread) throws {
        let spread = try #require(Spread.of(values))
        #expect(StatisticsTolerance.matches(spread.median, expected.median))
        #expect(spread.min == expected.min && spread.max == expected.max && spread.count == expected.count)
    }

    @Test func noValuesNoSpread() {
        #expect(Spread.of([]) == nil)
        #expect(Spread.of([.nan]) == nil)
    }
}
