import Testing
@testable import ParityCore

/// One fixture under `Fixtures/wdes/` per kind of WDES or race × disability problem, read with
/// `parseFile`: each file holds exactly that one problem.
struct WDESReturnFixtureTests {
    typealias Case = ReturnFileParserFixtureTests.Case

    static let cases: [Case] = [
        Case(fixture: "invalid-metric", kind: .invalidIndicator, row: 3, column: "indicator",
             says: ["'4a'", "not a WDES metric", "1, 2, 3, 4a-i, 4a-ii, 4a-iii, 4b, 5, 6, 7, 8, 9a, 9b or 10"]),
        Case(fixture: "unknown-measure", kind: .unknownMeasure, row: 2, column: "measure",
             says: ["'headcount:clinical:band-5'", "cluster-headcount:WORKFORCE:CLUSTER", "afc-1-4, afc-5-7"]),
        Case(fixture: "measure-not-valid-for-metric", kind: .measureNotValidForIndicator, row: 3, column: "indicator",
             says: ["WDES metric 8", "'engagement-score-sum'", "expected metric 9a"]),
        Case(fixture: "unknown-group", kind: .unknownGroup, row: 2, column: "group",
             says: ["'bme' is not a WDES group", "expected disabled, non-disabled or unknown"]),
        Case(fixture: "intersection-group-on-wdes-row", kind: .unknownGroup, row: 2, column: "group",
             says: ["'bme+disabled' is not a WDES group", "goes on a WRES row"]),
        Case(fixture: "unknown-intersection-group", kind: .unknownGroup, row: 2, column: "group",
             says: ["'black+disabled' is not a WRES group", "white, bme or unknown", "ETHNICITY+DISABILITY"]),
        Case(fixture: "intersection-group-not-allowed", kind: .intersectionGroupNotAllowed, row: 3, column: "group",
             says: ["'bme+disabled'", "indicator 5", "indicator 1 headcounts and indicators 2, 3 and 4"]),
        Case(fixture: "action-taken-group", kind: .groupNotValidForMeasure, row: 2, column: "group",
             says: ["'non-disabled'", "'action-taken'", "metric 9b", "expected disabled"]),
        Case(fixture: "action-taken-count", kind: .actionTakenNotYesOrNo, row: 3, column: "count",
             says: ["'2'", "yes/no", "expected 1 when", "0 when"]),
        Case(fixture: "duplicate-wdes-row", kind: .duplicateRow, row: 4, column: nil,
             says: ["repeats row 2", "(DEMO1, 2024, WDES, 4a-i, survey-yes, disabled)"]),
        Case(fixture: "duplicate-intersection-row", kind: .duplicateRow, row: 4, column: nil,
             says: ["repeats row 2", "(DEMO1, 2024, WRES, 2, appointed, bme+disabled)"]),
        Case(fixture: "wdes-appointed-exceeds-shortlisted", kind: .appointedExceedsShortlisted, row: 2, column: "count",
             says: ["appointed 13", "shortlisted 12 (row 3)", "Non-disabled applicants", "metric 2", "at most 12"]),
        Case(fixture: "wdes-survey-yes-exceeds-respondents", kind: .surveyYesExceedsRespondents, row: 3, column: "count",
             says: ["survey-yes 21", "survey-respondents 20 (row 2)", "metric 4a-ii", "at most 20"]),
        Case(fixture: "engagement-score-exceeds-maximum", kind: .engagementScoreExceedsMaximum, row: 4, column: "count",
             says: ["engagement-score-sum 50,001", "50 survey-respondents (row 5)", "Non-disabled staff", "at most 50,000"]),
        Case(fixture: "capability-exceeds-headcount", kind: .eventsExceedHeadcount, row: 4, column: "count",
             says: ["entered-capability 8", "metric 1 headcount", "(7,", "at most 7"]),
        Case(fixture: "intersection-appointed-exceeds-shortlisted", kind: .appointedExceedsShortlisted, row: 3, column: "count",
             says: ["appointed 6", "shortlisted 5 (row 2)", "White Disabled applicants"]),
        Case(fixture: "intersection-events-exceed-headcount", kind: .eventsExceedHeadcount, row: 4, column: "count",
             says: ["entered-disciplinary 3", "(2,", "bme+disabled headcount rows", "at most 2"]),
    ]

    @Test(arguments: cases)
    func reportsTheOneProblemOfTheFixture(_ testCase: Case) throws {
        // given
        let bytes = try ReturnFixture.wdesBytes(testCase.fixture)
        // when
        let issues = ReturnFixture.issues(ReturnFixture.parseFile(bytes))
        // then
        try #require(issues.count == 1, "\(issues)")
        let issue = issues[0]
        #expect(issue.kind == testCase.kind)
        #expect(issue.row == testCase.row)
        #expect(issue.column == testCase.column)
        #expect(issue.file == "returns.csv")
        for words in testCase.says {
            #expect(issue.message.contains(words), "\(issue.message) should say \(words)")
        }
    }
}
