import Testing
@testable import ParityCore

@Suite struct IntervalChartTests {
    private func trend(_ points: [IntervalChart.Point], band: ClosedRange<Double>? = 0.8...1.25) -> IntervalChart {
        IntervalChart(id: "trend-2", title: "Appointment", categoryHeading: "Year", categories: points.indices.map { String(2022 + $0) },
                      series: [.init(name: "Relative likelihood", points: points)], unit: .ratio, valueLabel: "Relative likelihood",
                      band: band, reference: .init(value: 1, label: "Parity, 1.00"), connectsPoints: true)
    }

    private let five: [IntervalChart.Point] = [
        .init(value: 1.2, interval: .init(low: 1.0, high: 1.45), flag: .nonAdverse),
        .init(value: 1.5, interval: .init(low: 1.2, high: 1.9), flag: .adverse),
        .init(value: nil, flag: .tooFewToConclude, missing: .withheld),
        .init(value: 1.4, interval: .init(low: 1.1, high: 1.8), flag: .adverse),
        .init(value: 1.53, interval: .init(low: 1.31, high: 1.79), flag: .adverse),
    ]

    @Test func aWithheldYearIsAGapNeverAZero() throws {
        // given 2024 withheld
        let chart = trend(five).rendered()
        let root = try SVGTree.parse(chart.svg)
        // then four points (and one in the key), two line pieces that skip 2024, and 2024 labelled instead
        #expect(root.nodes("circle", class: "p-chart__point").count == 4 + 1)
        let lines = root.nodes("polyline", class: "p-chart__line")
        #expect(lines.map { $0.attributes["points"]!.split(separator: " ").count } == [2, 2])
        let gaps = root.nodes("text", class: "p-chart__gap")
        #expect(gaps.map(\.text) == ["not published"])
        // no point sits on the zero line
        let zero = try #require(root.nodes("text").first { $0.text == "0.0" && $0.classes().contains("p-chart__label--secondary") })
        let zeroY = Double(zero.attributes["y"]!)! - 5
        #expect(root.nodes("circle", class: "p-chart__point").allSatisfy { abs(Double($0.attributes["cy"]!)! - zeroY) > 1 })
        #expect(chart.table?.rows[2].cells == ["*", "–"])
        #expect(chart.summary.contains("Not published (a count behind it is too small): 2024."))
    }

    @Test func drawsTheNonAdverseBandWhiskersAndParity() throws {
        let root = try SVGTree.parse(trend(five).rendered().svg)
        let band = try #require(root.nodes("rect", class: "p-chart__band").first { !$0.classes().contains("p-chart__band--key") })
        let top = Double(band.attributes["y"]!)!, height = Double(band.attributes["height"]!)!
        #expect(height > 0)
        let parity = try #require(root.nodes("line", class: "p-chart__parity").first)
        let parityY = Double(parity.attributes["y1"]!)!
        #expect(parityY > top && parityY < top + height, "parity lies inside the 0.80–1.25 band")
        // each of the four intervals: a stem and two caps
        #expect(root.nodes("line", class: "p-chart__interval").count == 4 * 3 + 3)
    }

    @Test func anIntervalFarBeyondTheFiguresIsCutOpenEnded() throws {
        let chart = trend([.init(value: 1.1, interval: .init(low: 0.2, high: 40), flag: .nonAdverse)]).rendered()
        let root = try SVGTree.parse(chart.svg)
        let ticks = root.nodes("text", class: "p-chart__label--secondary").compactMap { Double($0.text) }
        #expect(ticks.max()! < 5)
        // the stem and the lower cap only: the top end is open
        #expect(root.nodes("line", class: "p-chart__interval").count == 2 + 3)
        #expect(chart.table?.rows[0].cells == ["1.10", "0.20–40.00"])
    }

    @Test func theSummaryReadsTheNewestAndOldestFigures() {
        let summary = trend(five).summary
        #expect(summary.hasPrefix("In 2026 the relative likelihood was 1.53 (95% CI 1.31–1.79): adverse. In 2022 it was 1.20."))
    }

    @Test func aComparisonNamesTheHighestLowestAndAdverse() {
        let chart = IntervalChart(id: "c", title: "x", categoryHeading: "Organisation or system", categories: ["A1", "B1", "C1"],
                                  categoryNames: ["Alpha (A1)", "Beta (B1)", "Gamma (C1)"],
                                  series: [.init(name: "Relative likelihood", points: [five[0], five[1], five[2]])],
                                  unit: .ratio, valueLabel: "Relative likelihood", connectsPoints: false).rendered()
        #expect(chart.summary == "Highest: Beta (B1), 1.50. Lowest: Alpha (A1), 1.20. Adverse: Beta (B1). Not published (a count behind it is too small): Gamma (C1).")
        #expect(chart.table?.columns == ["Organisation or system", "Relative likelihood", "95% CI"])
        #expect(chart.table?.flagColumn == "Flag")
        #expect(chart.table?.rows.map(\.heading) == ["Alpha (A1)", "Beta (B1)", "Gamma (C1)"])
        #expect(!chart.svg.contains("p-chart__line"))
    }

    @Test func twoSeriesHaveTheirOwnMarksAndColumns() throws {
        let chart = IntervalChart(id: "one", title: "Workforce", categoryHeading: "Year", categories: ["2025", "2026"],
                                  series: [.init(name: "BME % of the workforce", points: [.init(value: 20), .init(value: 21)]),
                                           .init(name: "BME % of bands 8a to VSM", points: [.init(value: nil, missing: .withheld), .init(value: 9)])],
                                  unit: .percent, valueLabel: "Percent", connectsPoints: true).rendered()
        let root = try SVGTree.parse(chart.svg)
        #expect(root.nodes("circle", class: "p-chart__point").count == 2 + 1) // and one in the key
        #expect(root.nodes("rect", class: "p-chart__point--1").count == 1 + 1)
        #expect(root.nodes("text", class: "p-chart__gap").map(\.text) == ["BME % of bands 8a to VSM: not published"])
        #expect(chart.table?.columns == ["Year", "BME % of the workforce", "BME % of bands 8a to VSM"])
        #expect(chart.table?.rows[0].cells == ["20.0%", "*"])
    }

    @Test(arguments: [
        ([0.0, 1.53], [0.0, 0.5, 1.0, 1.5, 2.0]),
        ([0.0, 100.0], [0.0, 25.0, 50.0, 75.0, 100.0]),
        ([-3.2, 4.7], [-4.0, -2.0, 0.0, 2.0, 4.0, 6.0]),
        ([0.0, 0.0], [0.0, 0.25]),
    ])
    func ticksAreRoundAndCoverTheValues(values: [Double], expected: [Double]) {
        #expect(NiceTicks.ticks(covering: values, count: 5) == expected)
    }

    @Test(arguments: [(12.0, "12"), (3.5, "3.5"), (-0.25, "-0.25"), (1.006, "1.01"), (-0.001, "0"), (Double.nan, "0")])
    func numbersAreWrittenShortAndLocaleFree(value: Double, text: String) {
        #expect(SVGWriter.number(value) == text)
    }
}
