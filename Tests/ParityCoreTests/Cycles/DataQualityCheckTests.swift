import Testing
@testable import ParityCore

/// The sign-off warnings, each on both sides of its threshold.
struct DataQualityCheckTests {
    typealias Row = GoodPracticeFixtures.Row

    static func figures(_ year: Int, _ rows: [Row]) -> ScopeFigures {
        let counts = ReturnCounts(rows: rows.map {
            ReturnRow(organisation: "RX1", year: year, standard: .wres, indicator: $0.0, measure: $0.1, group: $0.2, count: $0.3)
        })
        return ScopeFigures(scope: .organisation, code: "RX1", name: "Fictional Trust", year: year, organisationsReporting: 1,
                            report: WRESEngine.report(year: year, current: counts, previous: nil))
    }

    static let workforce = GoodPracticeFixtures.workforce

    @Test func aCleanReturnHasNoWarnings() {
        let rows = Self.workforce + GoodPracticeFixtures.appointments(white: 30, bme: 20)
        #expect(DataQualityCheck.wres(current: Self.figures(2026, rows), previous: Self.figures(2025, rows)).isEmpty)
    }

    @Test func aLikelihoodMovingMoreThanHalfIsFlagged() {
        // RL 30/100 ÷ 20/100 = 1.50; last year 1.00 (moved 0.50, not more) or 0.75 (moved 0.75).
        let now = Self.figures(2026, Self.workforce + GoodPracticeFixtures.appointments(white: 30, bme: 20))
        let steady = Self.figures(2025, Self.workforce + GoodPracticeFixtures.appointments(white: 20, bme: 20))
        #expect(DataQualityCheck.wres(current: now, previous: steady).isEmpty)
        let jumped = Self.figures(2025, Self.workforce + GoodPracticeFixtures.appointments(white: 30, bme: 40))
        let warnings = DataQualityCheck.wres(current: now, previous: jumped)
        #expect(warnings.map(\.kind) == [.largeMovement])
        #expect(warnings.first?.message == "Indicator 2 moved from 0.75 in 2025 to 1.50 in 2026, more than 0.50: check the figures before signing off.")
    }

    @Test func aShareMovingMoreThanTenPointsIsFlagged() {
        // BME share 33.3% now; 20.0% last year (13.3 points) is flagged, 25.0% (8.3) is not.
        let now = Self.figures(2026, Self.workforce)
        let near = Self.figures(2025, [(1, .headcount(.clinical, .band5), .white, 1200), (1, .headcount(.clinical, .band5), .bme, 400)])
        #expect(DataQualityCheck.wres(current: now, previous: near).isEmpty)
        let far = Self.figures(2025, [(1, .headcount(.clinical, .band5), .white, 1200), (1, .headcount(.clinical, .band5), .bme, 300)])
        #expect(DataQualityCheck.wres(current: now, previous: far).map(\.subject) == ["Indicator 1"])
    }

    @Test func unknownEthnicityAboveTenPercentIsFlagged() {
        let exactlyTen: [Row] = [(1, .headcount(.clinical, .band5), .white, 600), (1, .headcount(.clinical, .band5), .bme, 300), (1, .headcount(.clinical, .band5), .unknown, 100)]
        #expect(DataQualityCheck.wres(current: Self.figures(2026, exactlyTen), previous: nil).isEmpty)
        let over: [Row] = [(1, .headcount(.clinical, .band5), .white, 600), (1, .headcount(.clinical, .band5), .bme, 299), (1, .headcount(.clinical, .band5), .unknown, 101)]
        let warnings = DataQualityCheck.wres(current: Self.figures(2026, over), previous: nil)
        #expect(warnings.map(\.kind) == [.unknownShare])
        #expect(warnings.first?.message == "Ethnicity is unknown for 10.1% of the workforce (101 of 1000), more than 10%: comparisons leave these staff out.")
    }

    @Test func aSurveyGroupUnderElevenIsFlagged() {
        let rows = Self.workforce + [(5, .surveyRespondents, .white, 200), (5, .surveyYes, .white, 40),
                                     (5, .surveyRespondents, .bme, 10), (5, .surveyYes, .bme, 3)]
        let warnings = DataQualityCheck.wres(current: Self.figures(2026, rows), previous: nil)
        #expect(warnings.map(\.subject) == ["Indicator 5"])
        #expect(warnings.first?.message == "Indicator 5: only 10 BME respondents, under the reporting minimum of 11; the figure will not be reported.")
        let eleven = Self.workforce + [(5, .surveyRespondents, .white, 200), (5, .surveyYes, .white, 40),
                                       (5, .surveyRespondents, .bme, 11), (5, .surveyYes, .bme, 3)]
        #expect(DataQualityCheck.wres(current: Self.figures(2026, eleven), previous: nil).isEmpty)
    }

    @Test func fewerThanFiveDisciplinaryCasesIsFlagged() {
        let rows = Self.workforce + [(3, .enteredDisciplinary, .white, 12), (3, .enteredDisciplinary, .bme, 4)]
        let warnings = DataQualityCheck.wres(current: Self.figures(2026, rows), previous: nil)
        #expect(warnings.map(\.kind) == [.smallCaseBase])
        #expect(warnings.first?.message.hasPrefix("Indicator 3: only 4 BME staff entered the formal disciplinary process") == true)
        let five = Self.workforce + [(3, .enteredDisciplinary, .white, 12), (3, .enteredDisciplinary, .bme, 5)]
        #expect(DataQualityCheck.wres(current: Self.figures(2026, five), previous: nil).isEmpty)
    }
}
