import Testing
@testable import ParityCore

@Suite struct BarChartTests {
    @Test func aWithheldShareIsLabelledNotDrawn() throws {
        // given three grades, the middle one withheld
        let chart = BarChart(id: "bands", title: "Bands", valueLabel: "BME share of the grade", bars: [
            .init(group: "Clinical", label: "Band 5", value: 30, missing: .withheld),
            .init(group: "Clinical", label: "Band 8c", value: nil, missing: .withheld),
            .init(group: "Medical and dental", label: "Consultant", value: 10, missing: .withheld),
        ], reference: 20, referenceLabel: "Whole workforce").rendered()
        // when
        let root = try SVGTree.parse(chart.svg)
        // then two bars (and one in the key), a gap, both groups named
        #expect(root.nodes("rect", class: "p-chart__bar").count == 2 + 1)
        #expect(root.nodes("text", class: "p-chart__gap").map(\.text) == ["not published"])
        #expect(root.nodes("text", class: "p-chart__label--strong").map(\.text) == ["Clinical", "Medical and dental"])
        #expect(chart.table?.rows.map(\.cells) == [["30.0%", "+10.0 pts"], ["*", "–"], ["10.0%", "−10.0 pts"]])
        #expect(chart.summary == "BME staff are 20.0% of the whole workforce. Of 2 grades with a published share, 1 is below it. The lowest share is Medical and dental, Consultant (10.0%); the highest Clinical, Band 5 (30.0%). 1 grade's share is not published or cannot be computed.")
    }
}
