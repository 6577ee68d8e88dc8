import Testing
@testable import ParityCore

/// A problem found in many rows is reported once, with how many rows have it (issue 20).
struct RepeatedIssueTests {
    static let context: ReturnValidationContext = {
        var context = ReturnValidationContext(knownOrganisations: ["DA1"], currentYear: 2026)
        context.importerOrganisations = ["DA1"]
        return context
    }()

    @Test func aTemplateForAnotherOrganisationGivesOneProblemNamingYours() throws {
        // given: 144 rows for R0A, one of them also with a bad group
        var lines = ["organisation,year,standard,indicator,measure,group,count"]
        lines += (0..<144).map { "R0A,2026,WRES,2,shortlisted,\($0 == 10 ? "purple" : "white"),\($0 + 1)" }
        // when
        let result = ReturnFileParser().parseFile(Array(lines.joined(separator: "\r\n").utf8), fileName: "r.csv", context: Self.context)
        // then
        guard case let .failure(failure) = result else { Issue.record("R0A was accepted"); return }
        let organisation = try #require(failure.issues.first { $0.column == "organisation" })
        #expect(failure.issues.filter { $0.column == "organisation" }.count == 1)
        #expect((organisation.row, organisation.occurrences, organisation.lastRow) == (2, 144, 145))
        #expect(organisation.message.hasSuffix("— your organisation is DA1"))
        #expect(organisation.description.hasSuffix("(in 144 rows, the last row 145)"))
        #expect(failure.issues.contains { $0.column == "group" && $0.row == 12 && $0.occurrences == 1 })
        #expect(failure.omittedCount == 0)
    }

    @Test func differentProblemsStaySeparate() {
        var collector = ImportIssueCollector(file: "r.csv", limit: 2)
        collector.add(.invalidCount, row: 2, column: "count", "the count 'x' is not a number")
        collector.add(.invalidCount, row: 3, column: "count", "the count 'y' is not a number")
        collector.add(.invalidCount, row: 4, column: "count", "the count 'x' is not a number")
        collector.add(.invalidCount, row: 5, column: "count", "the count 'z' is not a number")
        let failure = collector.failure
        #expect(failure.issues.map(\.occurrences) == [2, 1])
        #expect(failure.omittedCount == 1)
    }
}
