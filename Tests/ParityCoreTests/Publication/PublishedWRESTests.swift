import Testing
@testable import ParityCore

@Suite struct PublishedWRESTests {
    private func figures(_ rows: [(Int, Measure, PopulationGroup, Int)], policy: DisclosurePolicy) -> PublishedWRES {
        let counts = ReturnCounts(rows: rows.map {
            ReturnRow(organisation: "A", year: 2026, standard: .wres, indicator: $0.0, measure: $0.1, group: $0.2, count: $0.3)
        })
        let report = WRESEngine.report(year: 2026, current: counts, previous: nil)
        return PublishedWRES(ScopeFigures(scope: .organisation, code: "A", name: "A", year: 2026, organisationsReporting: 1, report: report), policy: policy)
    }

    private let smallAppointments: [(Int, Measure, PopulationGroup, Int)] = [
        (2, .shortlisted, .white, 40), (2, .appointed, .white, 12),
        (2, .shortlisted, .bme, 20), (2, .appointed, .bme, 3),
    ]

    @Test func aRatioBuiltFromACountUnderFiveIsWithheldInPublic() {
        // when
        let published = figures(smallAppointments, policy: .publicRelease)
        // then
        let two = try! #require(published.likelihood(2))
        #expect(two.relativeLikelihood == nil)
        #expect(two.confidenceInterval == nil)
        #expect(two.isWithheld)
        #expect(two.flag == .tooFewToConclude)
        #expect(two.reference?.events == .suppressed)
        #expect(two.reference?.base == .value(20))
        #expect(published.headlineText(indicator: 2) == "*")
    }

    @Test func theOwningOrganisationSeesTheSameFigureUnsuppressed() {
        let two = try! #require(figures(smallAppointments, policy: .unrestricted).likelihood(2))
        #expect(abs((two.relativeLikelihood ?? 0) - (12.0 / 40.0) / (3.0 / 20.0)) < 1e-12)
        #expect(two.reference?.events == .value(3))
        #expect(!two.isWithheld)
    }

    @Test func aSurveyGroupUnderElevenRespondentsIsNotReported() {
        let published = figures([
            (5, .surveyRespondents, .white, 200), (5, .surveyYes, .white, 50),
            (5, .surveyRespondents, .bme, 10), (5, .surveyYes, .bme, 5),
        ], policy: .publicRelease)
        let five = try! #require(published.survey(5))
        #expect(five.bme?.percent == nil)
        #expect(five.white?.percent == 25)
        #expect(five.gapPoints == nil)
        #expect(five.flag == .tooFewToConclude)
    }

    @Test func headlinesUseTheIndicatorsOwnUnits() {
        let published = figures([
            (1, .headcount(.clinical, .band5), .white, 700), (1, .headcount(.clinical, .band5), .bme, 300),
            (2, .shortlisted, .white, 400), (2, .appointed, .white, 100),
            (2, .shortlisted, .bme, 300), (2, .appointed, .bme, 45),
            (5, .surveyRespondents, .white, 200), (5, .surveyYes, .white, 50),
            (5, .surveyRespondents, .bme, 100), (5, .surveyYes, .bme, 30),
        ], policy: .publicRelease)
        #expect(published.headlineText(indicator: 1) == "30.0%")
        #expect(published.headlineText(indicator: 2) == "1.67")
        #expect(published.headlineText(indicator: 5) == "+5.0 pts")
        #expect(published.headlineText(indicator: 3) == "n/a")
        #expect(published.flag(indicator: 1) == nil)
        #expect(published.flag(indicator: 8) == .notApplicable)
    }

    @Test func smallHeadcountsAreHiddenWithSecondarySuppression() {
        // given one band with 3 BME staff: hiding only the 3 would let the row total give it away
        let published = figures([
            (1, .headcount(.clinical, .band5), .white, 700), (1, .headcount(.clinical, .band5), .bme, 300),
            (1, .headcount(.clinical, .band8c), .white, 20), (1, .headcount(.clinical, .band8c), .bme, 3),
        ], policy: .publicRelease)
        // then
        let senior = try! #require(published.representation.rows.first { $0.grade == .band8c })
        #expect(senior.counts[.bme] == .suppressed)
        #expect(senior.percents[.bme] == nil)
        let hidden = senior.counts.values.filter(\.isSuppressed).count
        #expect(hidden >= 2 || senior.total.isSuppressed)
    }

    @Test(arguments: [(4.66, "+4.7 pts"), (-3.0, "\u{2212}3.0 pts"), (0.0, "0.0 pts"), (-0.04, "0.0 pts")])
    func signedPointsShowTheDirection(value: Double, text: String) {
        #expect(DisplayFormat.signedPoints(value) == text)
    }
}
