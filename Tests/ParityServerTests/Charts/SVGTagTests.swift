import ParityCore
import Testing
@testable import ParityServer

/// `#svg` prints markup unescaped, so it prints only the elements and attributes charts use.
@Suite struct SVGTagTests {
    @Test func aChartPasses() {
        let chart = IntervalChart.wresTrend([], indicator: 2, id: "t").rendered()
        #expect(ChartMarkup.isSafe(chart.svg))
        let heatmap = Heatmap(id: "h", title: "x", rowHeading: "System", columns: [.init(number: "2", label: "A")],
                              rows: [.init(name: "<b>", cells: [.init(text: "1.5", flag: .adverse)])]).rendered()
        #expect(ChartMarkup.isSafe(heatmap.svg))
    }

    @Test(arguments: [
        #"<script>alert(1)</script>"#,
        #"<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>"#,
        #"<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"></svg>"#,
        #"<svg xmlns="http://www.w3.org/2000/svg"><a href="javascript:alert(1)"><text>x</text></a></svg>"#,
        #"<svg xmlns="http://www.w3.org/2000/svg"><rect style="fill:red"/></svg>"#,
        #"<svg xmlns="http://www.w3.org/2000/svg"><rect fill="url(javascript:alert(1))"/></svg>"#,
        #"<svg xmlns="http://www.w3.org/2000/svg"><foreignObject><p>x</p></foreignObject></svg>"#,
        #"<svg xmlns="http://www.w3.org/2000/svg"><image href="x.png"/></svg>"#,
        #"<svg xmlns="http://www.w3.org/2000/svg"><!DOCTYPE x [<!ENTITY a "b">]><text>&a;</text></svg>"#,
        #"<svg xmlns="http://www.w3.org/2000/svg"><text>unclosed</svg>"#,
        #"<svg xmlns="http://www.w3.org/2000/svg"></svg><script>alert(1)</script>"#,
    ])
    func anythingElsePrintsNothing(markup: String) {
        #expect(!ChartMarkup.isSafe(markup))
        #expect(!ChartMarkup.isSafe(markup), "a refusal is never remembered as safe")
    }

    /// Safe markup is remembered by its digest; markup differing by one byte is checked afresh.
    @Test func onlyTheSameMarkupIsTakenAsCheckedBefore() {
        let chart = IntervalChart.wresTrend([], indicator: 2, id: "remembered").rendered().svg
        #expect(ChartMarkup.isSafe(chart))
        #expect(ChartMarkup.isSafe(chart))
        #expect(!ChartMarkup.isSafe(chart.replacingOccurrences(of: "</svg>", with: "<script>alert(1)</script></svg>")))
    }
}
