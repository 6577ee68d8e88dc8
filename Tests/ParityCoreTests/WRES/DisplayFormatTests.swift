import Testing
@testable import ParityCore

struct DisplayFormatTests {
    @Test(arguments: [
        (3.207508532423208, 2, "3.21"),
        (1.5, 2, "1.50"),
        (0.0, 2, "0.00"),
        (2.5, 0, "3"),              // half away from zero
        (-2.5, 0, "−3"),
        (-0.04, 1, "0.0"),          // no "−0.0"
        (-4.75, 1, "−4.8"),
        (13.338725410, 1, "13.3"),
        (1234567.891, 1, "1,234,567.9"),
        (Double.nan, 2, "n/a"),
        (Double.infinity, 1, "n/a"),
    ])
    func decimal(value: Double, places: Int, expected: String) {
        #expect(DisplayFormat.decimal(value, places: places) == expected)
    }

    @Test(arguments: [(0, "0"), (999, "999"), (1000, "1,000"), (7422, "7,422"), (1234567, "1,234,567"), (-1500, "−1,500")])
    func count(value: Int, expected: String) {
        #expect(DisplayFormat.count(value) == expected)
    }

    @Test func rangesAndUnits() {
        #expect(DisplayFormat.ratioRange(ConfidenceInterval(low: 1.3139821850122433, high: 1.789302121390028)) == "1.31–1.79")
        #expect(DisplayFormat.pointsRange(ConfidenceInterval(low: -7.79, high: -2.04)) == "−7.8 to −2.0")
        #expect(DisplayFormat.percentRange(ConfidenceInterval(low: 25.83, high: 29.02)) == "25.8–29.0%")
        #expect(DisplayFormat.percent(85.0) == "85.0%")
        #expect(DisplayFormat.points(4.699999999999998) == "4.7")
    }
}
