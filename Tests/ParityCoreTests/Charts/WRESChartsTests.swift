import Testing
@testable import ParityCore

/// The charts of published WRES figures show exactly what the pages may show.
@Suite struct WRESChartsTests {
    private func figures(_ code: String, year: Int, _ rows: [(Int, Measure, PopulationGroup, Int)], policy: DisclosurePolicy = .publicRelease) -> PublishedWRES {
        PublishedWRES(scopeFigures(code, year: year, rows), policy: policy)
    }

    private func scopeFigures(_ code: String, year: Int, _ rows: [(Int, Measure, PopulationGroup, Int)]) -> ScopeFigures {
        let counts = ReturnCounts(rows: rows.map {
            ReturnRow(organisation: code, year: year, standard: .wres, indicator: $0.0, measure: $0.1, group: $0.2, count: $0.3)
        })
        let report = WRESEngine.report(year: year, current: counts, previous: nil)
        return ScopeFigures(scope: .organisation, code: code, name: "Trust \(code)", year: year, organisationsReporting: 1, report: report)
    }

    private func appointments(white: (Int, Int), bme: (Int, Int)) -> [(Int, Measure, PopulationGroup, Int)] {
        [(2, .shortlisted, .white, white.0), (2, .appointed, .white, white.1), (2, .shortlisted, .bme, bme.0), (2, .appointed, .bme, bme.1)]
    }

    @Test func aTrendLeavesTheWithheldYearAGap() throws {
        // given 2025's BME appointments are 3: withheld in public
        let series = [
            figures("A1", year: 2026, appointments(white: (400, 100), bme: (300, 45))),
            figures("A1", year: 2024, appointments(white: (380, 90), bme: (280, 40))),
            figures("A1", year: 2025, appointments(white: (40, 12), bme: (20, 3))),
        ]
        // when
        let chart = IntervalChart.wresTrend(series, indicator: 2, id: "trend-2").rendered()
        // then
        #expect(chart.title == "Appointment from shortlisting, Trust A1: relative likelihood by year")
        #expect(chart.table?.rows.map(\.heading) == ["2024", "2025", "2026"])
        #expect(chart.table?.rows[1].cells == ["*", "–"])
        #expect(chart.table?.rows[2].cells.first == "1.67")
        let root = try SVGTree.parse(chart.svg)
        #expect(root.nodes("circle", class: "p-chart__point").count == 2 + 1)
        #expect(root.nodes("text", class: "p-chart__gap").map(\.text) == ["not published"])
        // unrestricted, the same year is drawn
        let own = IntervalChart.wresTrend(series.map { _ in figures("A1", year: 2025, appointments(white: (40, 12), bme: (20, 3)), policy: .unrestricted) },
                                          indicator: 2, id: "own").rendered()
        #expect(own.table?.rows.first?.cells.first == "2.00")
    }

    @Test func surveyGapsAndBoardUseTheirOwnUnitsAndReference() {
        let year = figures("A1", year: 2026, [
            (5, .surveyRespondents, .white, 200), (5, .surveyYes, .white, 50),
            (5, .surveyRespondents, .bme, 100), (5, .surveyYes, .bme, 30),
        ])
        let five = IntervalChart.wresTrend([year], indicator: 5, id: "t5")
        #expect(five.unit == .points)
        #expect(five.reference?.value == 0)
        #expect(five.band == nil)
        #expect(five.table.rows[0].cells.first == "+5.0 pts")
        let nine = IntervalChart.wresTrend([year], indicator: 9, id: "t9")
        #expect(nine.table.rows[0].cells == ["n/a"])
    }

    @Test func aYearWithoutAReturnSaysSo() {
        let empty = figures("A1", year: 2025, [])
        let chart = IntervalChart.wresTrend([empty], indicator: 3, id: "t3").rendered()
        #expect(chart.table?.rows[0].cells.first == "no data")
        #expect(chart.svg.contains(">no return<"))
    }

    @Test func representationBarsWithholdSmallCells() throws {
        let year = figures("A1", year: 2026, [
            (1, .headcount(.clinical, .band5), .white, 700), (1, .headcount(.clinical, .band5), .bme, 300),
            (1, .headcount(.clinical, .band8c), .white, 40), (1, .headcount(.clinical, .band8c), .bme, 3),
        ])
        let chart = BarChart.wresRepresentation(year, id: "bands").rendered()
        #expect(chart.table?.rows.map(\.heading) == ["Clinical: Band 5", "Clinical: Band 8c"])
        #expect(chart.table?.rows[1].cells.first == "*")
        let root = try SVGTree.parse(chart.svg)
        let published = year.representation.rows.filter { $0.percents[.bme] != nil }.count
        #expect(published < 2)
        #expect(root.nodes("rect", class: "p-chart__bar").count == published + 1) // and one in the key
    }

    @Test func theFunnelIsDrawnAroundThePooledFigure() throws {
        let pooled = figures("REGION", year: 2026, appointments(white: (4000, 1000), bme: (3000, 450)))
        let counts = [
            scopeFigures("A1", year: 2026, appointments(white: (400, 100), bme: (300, 45))),
            scopeFigures("B1", year: 2026, appointments(white: (40, 12), bme: (20, 3))),
            scopeFigures("C1", year: 2026, []),
        ]
        let organisations = counts.map { PublishedWRES($0, policy: .publicRelease) }
        let plot = try #require(FunnelPlot.wres(indicator: 2, pooled: pooled, organisations: organisations, id: "funnel-2"))
        #expect(abs(plot.limits.target - (0.25 / 0.15)) < 1e-12)
        #expect(plot.units.map(\.code) == ["A1", "B1"])
        #expect(plot.units[0].size == 700)
        #expect(plot.units[1].value == nil && plot.units[1].missing == .withheld)
        // no funnel around a withheld pool
        #expect(FunnelPlot.wres(indicator: 2, pooled: organisations[1], organisations: organisations, id: "x") == nil)
        // the region page publishes only the organisations' likelihoods, and draws the same funnel
        let likelihoods = counts.map { PublishedLikelihoods($0, policy: .publicRelease) }
        #expect(FunnelPlot.wres(indicator: 2, pooled: pooled, organisations: likelihoods, id: "funnel-2") == plot)
    }

    @Test func theScorecardHeatmapShowsTheHeadlines() {
        let rows = [figures("A1", year: 2026, appointments(white: (400, 100), bme: (300, 45))), figures("B1", year: 2026, [])]
        let heatmap = Heatmap.wresScorecard(rows, pooled: nil, columns: (1...9).map { .init(number: String($0), label: "I\($0)") },
                                            id: "h", title: "Scorecard", rowHeading: "Organisation")
        #expect(heatmap.rows[0].cells[1] == .init(text: "1.67", flag: .adverse))
        #expect(heatmap.rows[0].cells[0].flag == nil)
        #expect(heatmap.rows[1].cells.allSatisfy { $0 == .init(text: "no data", flag: nil) })
    }
}
