import Testing
@testable import ParityCore

struct ImportIssueTests {
    static let descriptions: [(Int?, String?, String)] = [
        (7, "count", "returns.csv:7:count: the message"),
        (7, nil, "returns.csv:7: the message"),
        (nil, nil, "returns.csv: the message"),
    ]

    @Test(arguments: descriptions)
    func describesItselfLikeACompiler(_ row: Int?, _ column: String?, _ expected: String) {
        let issue = ImportIssue(file: "returns.csv", row: row, column: column, kind: .invalidCount, message: "the message")
        #expect(issue.description == expected)
    }

    @Test(arguments: [(0, ""), (1, "\n…and 1 more problem"), (250, "\n…and 250 more problems")])
    func reportListsEveryIssueThenHowManyMore(_ omitted: Int, _ tail: String) {
        let issues = [
            ImportIssue(file: "r.csv", row: 2, column: "year", kind: .invalidYear, message: "first"),
            ImportIssue(file: "r.csv", row: 3, column: nil, kind: .duplicateRow, message: "second"),
        ]
        let failure = ImportFailure(file: "r.csv", issues: issues, omittedCount: omitted)
        #expect(failure.report == "r.csv:2:year: first\nr.csv:3: second" + tail)
    }
}
