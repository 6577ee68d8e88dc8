import Testing
@testable import ParityCore

/// One fixture per kind of problem: each file holds exactly that one problem.
struct ReturnFileParserFixtureTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let fixture: String
        let kind: ImportIssue.Kind
        let row: Int?
        let column: String?
        /// Words the message must contain: what was found and what was expected.
        let says: [String]
        var testDescription: String { fixture }
    }

    static let cases: [Case] = [
        Case(fixture: "empty", kind: .emptyFile, row: nil, column: nil, says: ["empty", "organisation,year,standard"]),
        Case(fixture: "invalid-encoding", kind: .invalidEncoding, row: 3, column: "organisation", says: ["not UTF-8", "CSV UTF-8"]),
        Case(fixture: "malformed-quotes", kind: .malformedQuotes, row: 2, column: "group", says: ["closing quote", "\"\""]),
        Case(fixture: "missing-header", kind: .missingHeader, row: 1, column: nil,
             says: ["organisation,year,standard,indicator,measure,group,count", "'DEMO1,2024,WRES"]),
        Case(fixture: "wrong-header", kind: .wrongHeader, row: 1, column: nil,
             says: ["organisation,year,standard,indicator,measure,group,count", "missing organisation", "unexpected 'organization'"]),
        Case(fixture: "wrong-column-count", kind: .wrongColumnCount, row: 3, column: nil, says: ["6 cells", "expected 7"]),
        Case(fixture: "unknown-organisation", kind: .unknownOrganisation, row: 2, column: "organisation", says: ["'ZZZ9'", "ODS code"]),
        Case(fixture: "invalid-year", kind: .invalidYear, row: 2, column: "year", says: ["'2023/24'", "not a whole number", "2014 to 2026"]),
        Case(fixture: "year-out-of-range", kind: .yearOutOfRange, row: 2, column: "year", says: ["2013", "2014 to 2026"]),
        Case(fixture: "unknown-standard", kind: .unknownStandard, row: 2, column: "standard", says: ["'WRSE'", "expected WDES or WRES"]),
        Case(fixture: "invalid-indicator", kind: .invalidIndicator, row: 2, column: "indicator", says: ["'10'", "1 to 9"]),
        Case(fixture: "unknown-measure", kind: .unknownMeasure, row: 2, column: "measure",
             says: ["'headcount:clinical:band-10'", "headcount:WORKFORCE:GRADE", "band-8a"]),
        Case(fixture: "measure-not-valid-for-indicator", kind: .measureNotValidForIndicator, row: 2, column: "indicator",
             says: ["indicator 1", "'survey-yes'", "indicators 5 to 8"]),
        Case(fixture: "unknown-group", kind: .unknownGroup, row: 2, column: "group", says: ["'black'", "white, bme or unknown"]),
        Case(fixture: "invalid-count", kind: .invalidCount, row: 2, column: "count", says: ["'12.5'", "whole number", "blank cell"]),
        Case(fixture: "negative-count", kind: .negativeCount, row: 2, column: "count", says: ["'-3'", "negative"]),
        Case(fixture: "count-too-large", kind: .countTooLarge, row: 2, column: "count", says: ["'10000001'", "10,000,000"]),
        Case(fixture: "duplicate-row", kind: .duplicateRow, row: 4, column: nil, says: ["repeats row 2", "appointed, bme"]),
        Case(fixture: "appointed-exceeds-shortlisted", kind: .appointedExceedsShortlisted, row: 3, column: "count",
             says: ["appointed 11", "shortlisted 10 (row 2)", "BME"]),
        Case(fixture: "survey-yes-exceeds-respondents", kind: .surveyYesExceedsRespondents, row: 3, column: "count",
             says: ["survey-yes 21", "survey-respondents 20 (row 2)", "indicator 5"]),
        Case(fixture: "events-exceed-headcount", kind: .eventsExceedHeadcount, row: 4, column: "count",
             says: ["entered-disciplinary 16", "headcount", "(15,"]),
    ]

    @Test(arguments: cases)
    func reportsTheOneProblemOfTheFixture(_ testCase: Case) throws {
        // given
        let bytes = try ReturnFixture.bytes(testCase.fixture)
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

    @Test func everyKindHasAFixtureOrAGeneratedTest() {
        let covered = Set(Self.cases.map(\.kind)).union(WDESReturnFixtureTests.cases.map(\.kind)).union([.fileTooLarge])
            .union(ReturnWorkbookTests.kinds)
            .union(ExtractProblemTests.kinds)
        #expect(covered == Set(ImportIssue.Kind.allCases))
    }
}
