@testable import ParityCore

/// Small hand-made WRES returns for the panel's evidence and change tests.
enum GoodPracticeFixtures {
    typealias Row = (Int, Measure, PopulationGroup, Int)

    /// One organisation's published figures for `year` from `rows`, as `policy` lets a
    /// reader see them.
    static func published(year: Int, _ rows: [Row], policy: DisclosurePolicy = .publicRelease) -> PublishedWRES {
        let counts = ReturnCounts(rows: rows.map {
            ReturnRow(organisation: "RX1", year: year, standard: .wres, indicator: $0.0, measure: $0.1, group: $0.2, count: $0.3)
        })
        let report = WRESEngine.report(year: year, current: counts, previous: nil)
        return PublishedWRES(ScopeFigures(scope: .organisation, code: "RX1", name: "Fictional Trust", year: year, organisationsReporting: 1, report: report), policy: policy)
    }

    /// 1,000 White and 500 BME staff in band 5: the headcount behind indicators 3 and 4,
    /// and a workforce that is 33.3% BME.
    static let workforce: [Row] = [
        (1, .headcount(.clinical, .band5), .white, 1000), (1, .headcount(.clinical, .band5), .bme, 500),
    ]

    /// Indicator 2 from appointed of 100 shortlisted in each group: RL = white ÷ bme.
    static func appointments(white: Int, bme: Int) -> [Row] {
        [(2, .shortlisted, .white, 100), (2, .appointed, .white, white),
         (2, .shortlisted, .bme, 100), (2, .appointed, .bme, bme)]
    }

    /// A survey indicator (5–8) with 200 White and 100 BME respondents.
    static func survey(_ indicator: Int, whiteYes: Int, bmeYes: Int) -> [Row] {
        [(indicator, .surveyRespondents, .white, 200), (indicator, .surveyYes, .white, whiteYes),
         (indicator, .surveyRespondents, .bme, 100), (indicator, .surveyYes, .bme, bmeYes)]
    }

    /// Band 8a staff, on top of `workforce`.
    static func senior(white: Int, bme: Int) -> [Row] {
        [(1, .headcount(.clinical, .band8a), .white, white), (1, .headcount(.clinical, .band8a), .bme, bme)]
    }

    /// A board of voting executives.
    static func board(white: Int, bme: Int) -> [Row] {
        [(9, .board(.votingExecutive), .white, white), (9, .board(.votingExecutive), .bme, bme)]
    }
}
