import Foundation
import ParityCore
import Testing
import VaporTesting
@testable import ParityServer

/// The region, system, organisation and WDES pages show their charts, each with its summary
/// and the table of its data, and no chart shows a figure the reader may not see.
@Suite struct ChartPagesTests {
    private func withTwoOrganisations(_ body: (Application) async throws -> Void) async throws {
        try await withParity { app in
            try await TestRegion.create(on: app.db)
            try await TestAccounts.create(in: app)
            _ = try await ReturnImporter(database: app.db, now: testNow, actor: .commandLine, auditName: "test").importFile(try fixture("two-organisations-2026.csv"), fileName: "two.csv")
            try await body(app)
        }
    }

    /// The `<figure>` of the chart `id` in `html`.
    private func figure(_ id: String, in html: String) throws -> String {
        let start = try #require(html.range(of: "<figure class=\"p-chart p-chart--beside\" id=\"\(id)\"") ?? html.range(of: "<figure class=\"p-chart p-chart--below\" id=\"\(id)\""))
        let end = try #require(html.range(of: "</figure>", range: start.upperBound..<html.endIndex))
        return String(html[start.lowerBound..<end.upperBound])
    }

    @Test func theOrganisationPageChartsEveryIndicatorWithItsTable() async throws {
        try await withTwoOrganisations { app in
            // when
            let html = try await TestBrowser(app).get(SitePath.organisation("T01", year: 2026).href).body.string
            // then a trend chart per indicator, and the bands of indicator 1
            for id in (1...9).map({ "trend-\($0)" }) + ["bands-1"] {
                let chart = try figure(id, in: html)
                #expect(chart.contains("<svg xmlns=\"http://www.w3.org/2000/svg\""), "\(id)")
                #expect(chart.contains("role=\"img\" aria-labelledby=\"\(id)-title \(id)-desc\""), "\(id)")
                #expect(chart.contains("<title id=\"\(id)-title\">"), "\(id)")
                #expect(chart.contains("<desc id=\"\(id)-desc\">"), "\(id)")
                #expect(chart.contains("<figcaption class=\"p-chart__caption\">"), "\(id)")
                #expect(chart.contains("class=\"p-chart__summary\""), "\(id)")
                #expect(chart.contains("<caption class=\"p-table__caption\">The data for this chart</caption>"), "\(id)")
            }
            let appointment = try figure("trend-2", in: html)
            #expect(appointment.contains("In 2026 the relative likelihood was 1.67 (95% CI 1.21–2.29): adverse."))
            #expect(appointment.contains("<td class=\"p-num\">1.67</td>"))
        }
    }

    @Test func aWithheldShareIsAGapInPublicAndABarForTheOrganisationItself() async throws {
        try await withTwoOrganisations { app in
            // given T02 has 3 BME staff at band 8c
            let path = SitePath.organisation("T02", year: 2026).href
            // when
            let publicChart = try figure("bands-1", in: try await TestBrowser(app).get(path).body.string)
            let own = TestBrowser(app)
            try await own.signIn(TestAccounts.dataLeadT02.0)
            let ownChart = try figure("bands-1", in: try await own.get(path).body.string)
            // then
            #expect(publicChart.contains(">not published</text>"))
            #expect(publicChart.contains("<th scope=\"row\">Clinical: Band 8c</th><td class=\"p-num\">*</td>"))
            #expect(!publicChart.contains("13.0%"))
            #expect(!ownChart.contains(">not published</text>"))
            #expect(ownChart.contains("<th scope=\"row\">Clinical: Band 8c</th><td class=\"p-num\">13.0%</td>"))
        }
    }

    @Test func theSystemPageShowsItsOrganisationsAsAHeatmap() async throws {
        try await withTwoOrganisations { app in
            let html = try await TestBrowser(app).get(SitePath.system("S01", year: 2026).href).body.string
            let chart = try figure("system-scorecard", in: html)
            #expect(chart.contains("Testshire Hospitals NHS Trust"))
            #expect(chart.contains("Testshire (pooled)"))
            #expect(chart.contains("p-chart__cell--adverse"))
            // its data is the scorecard table beside it
            #expect(!chart.contains("The data for this chart"))
            #expect(html.contains("<table class=\"p-table p-scorecard\">"))
        }
    }

    @Test func theRegionPageHasTheScorecardHeatmapAndFunnelPlots() async throws {
        try await withParity(demo: true) { app in
            let html = try await TestBrowser(app).get(SitePath.region(year: 2026).href).body.string
            let scorecard = try figure("region-scorecard", in: html)
            #expect(scorecard.matches(of: /class="p-chart__label--strong"/).count >= 9)
            #expect(scorecard.contains("(pooled)"))
            for indicator in 2...4 {
                let funnel = try figure("funnel-\(indicator)", in: html)
                #expect(funnel.contains("p-chart__limit--998"), "\(indicator)")
                #expect(funnel.contains("<details class=\"p-details p-chart__data\">"), "\(indicator)")
                #expect(funnel.contains("Where it falls"), "\(indicator)")
            }
            #expect(html.contains("99.8%"))
        }
    }

    @Test func theWDESTabChartsAppointmentAndCapability() async throws {
        try await withParity(demo: true) { app in
            let html = try await TestBrowser(app).get("/organisations/DA1/wdes?year=2026").body.string
            for id in ["wdes-trend-2", "wdes-trend-3"] {
                let chart = try figure(id, in: html)
                #expect(chart.contains("p-chart__band"), "\(id)")
                #expect(chart.contains("<caption class=\"p-table__caption\">The data for this chart</caption>"), "\(id)")
            }
        }
    }
}
