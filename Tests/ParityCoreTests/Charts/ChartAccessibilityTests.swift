import Testing
@testable import ParityCore

/// Every chart is well-formed XML, an image labelled by its own title and description, and
/// escapes whatever text it is given.
@Suite struct ChartAccessibilityTests {
    static let hostile = "Trust <script>alert('x')</script> & \"Sons\""

    static var charts: [(String, RenderedChart)] {
        let point = IntervalChart.Point(value: 1.4, interval: .init(low: 1.1, high: 1.8), flag: .adverse)
        return [
            ("trend", IntervalChart(id: "t", title: hostile, categoryHeading: "Year", categories: ["2025", "2026"],
                                    series: [.init(name: hostile, points: [point, .init(value: nil, missing: .withheld)])],
                                    unit: .ratio, valueLabel: hostile, band: 0.8...1.25, reference: .init(value: 1, label: hostile), connectsPoints: true).rendered()),
            ("compact", IntervalChart(id: "c", title: hostile, categoryHeading: "Year", categories: [hostile],
                                      series: [.init(name: "x", points: [point])], unit: .points, valueLabel: "x", connectsPoints: true, size: .compact).rendered()),
            ("heatmap", Heatmap(id: "h", title: hostile, rowHeading: hostile, columns: [.init(number: "2", label: hostile)],
                                rows: [.init(name: hostile, cells: [.init(text: hostile, flag: .adverse)])],
                                pooled: .init(name: hostile, cells: [.init(text: "*", flag: .tooFewToConclude)])).rendered()),
            ("bars", BarChart(id: "b", title: hostile, valueLabel: hostile, bars: [.init(group: hostile, label: hostile, value: 12, missing: .withheld)],
                              reference: 20, referenceLabel: hostile).rendered()),
            ("funnel", FunnelPlot(id: "f", title: hostile, valueLabel: hostile, sizeLabel: hostile, targetLabel: hostile,
                                  limits: FunnelLimits.relativeLikelihood(focus: .init(events: 100, base: 400), reference: .init(events: 45, base: 300))!,
                                  units: [.init(name: hostile, code: hostile, size: 300, value: 4, missing: .undefined)]).rendered()),
        ]
    }

    @Test(arguments: charts)
    func isWellFormedAndLabelledByItsTitleAndDescription(name: String, chart: RenderedChart) throws {
        let root = try SVGTree.parse(chart.svg)
        #expect(root.name == "svg", "\(name)")
        #expect(root.attributes["role"] == "img")
        let labels = try #require(root.attributes["aria-labelledby"]).split(separator: " ").map(String.init)
        #expect(labels == ["\(chart.id)-title", "\(chart.id)-desc"])
        let title = try #require(root.children.first { $0.name == "title" })
        let description = try #require(root.children.first { $0.name == "desc" })
        #expect(title.attributes["id"] == labels[0])
        #expect(description.attributes["id"] == labels[1])
        #expect(title.text == chart.title)
        #expect(!description.text.isEmpty)
        #expect(!chart.summary.isEmpty)
    }

    @Test(arguments: charts)
    func escapesEveryText(name: String, chart: RenderedChart) throws {
        #expect(!chart.svg.contains("<script"), "\(name)")
        #expect(chart.svg.contains("&lt;script&gt;"), "\(name)")
        let root = try SVGTree.parse(chart.svg)
        #expect(root.nodes("script").isEmpty)
        #expect(root.all.allSatisfy { node in !node.attributes.keys.contains { $0.hasPrefix("on") } })
    }

    @Test func dropsCharactersXMLCannotHold() throws {
        let chart = IntervalChart(id: "t", title: "bell\u{07} tab\tend", categoryHeading: "Year", categories: ["2026"],
                                  series: [.init(name: "x", points: [.init(value: 1)])], unit: .ratio, valueLabel: "x", connectsPoints: true).rendered()
        let root = try SVGTree.parse(chart.svg)
        #expect(root.children.first { $0.name == "title" }?.text == "bell tab\tend")
    }
}
