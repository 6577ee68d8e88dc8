import Testing
@testable import ParityCore

@Suite struct ExtractProblemTests {
    struct Case: Sendable, CustomStringConvertible {
        var row: String
        var kind: ImportIssue.Kind
        var column: String?
        var says: String
        var description: String { row }
    }

    static let cases: [Case] = [
        Case(row: "RX1,2026,clinical,band-5,Q,N,N,N,N,N,", kind: .invalidExtractValue, column: "ethnic_category", says: "'Q'"),
        Case(row: "RX1,2026,clinical,band-5,ABC,N,N,N,N,N,", kind: .invalidExtractValue, column: "ethnic_category", says: "ESR ethnic category code"),
        Case(row: "RX1,2026,medical,band-5,A,N,N,N,N,N,", kind: .invalidExtractValue, column: "grade", says: "not a grade of the medical workforce"),
        Case(row: "RX1,2026,nursing,band-5,A,N,N,N,N,N,", kind: .invalidExtractValue, column: "workforce", says: "'nursing'"),
        Case(row: "RX1,2026,clinical,band 5,A,N,N,N,N,N,", kind: .invalidExtractValue, column: "grade", says: "'band 5'"),
        Case(row: "RX1,2026,clinical,band-5,A,maybe,N,N,N,N,", kind: .invalidExtractValue, column: "disability", says: "Y, N, or blank"),
        Case(row: "RX1,2026,clinical,band-5,A,N,,N,N,N,", kind: .invalidExtractValue, column: "bank", says: "a blank cell"),
        Case(row: "RX1,2026,clinical,band-5,A,N,N,yes,N,N,", kind: .invalidExtractValue, column: "entered_disciplinary", says: "not Y or N"),
        Case(row: "RX1,2026,clinical,band-5,A,N,N,N,N,N,chair", kind: .invalidExtractValue, column: "board", says: "voting-executive"),
        Case(row: "RX1,2026,,,A,N,N,N,N,N,voting-executive", kind: .invalidExtractValue, column: "workforce", says: "a blank cell"),
        Case(row: "rx1,2026,clinical,band-5,A,N,N,N,N,N,", kind: .unknownOrganisation, column: "organisation", says: "capital letters"),
        Case(row: "RX1,twenty,clinical,band-5,A,N,N,N,N,N,", kind: .invalidYear, column: "year", says: "'twenty'"),
        Case(row: "RX1,2031,clinical,band-5,A,N,N,N,N,N,", kind: .yearOutOfRange, column: "year", says: "2014–2027"),
        Case(row: "RX1,2026,clinical,band-5,A,N,N,N,N,N", kind: .wrongColumnCount, column: nil, says: "10 cells"),
        Case(row: "RX1,2026,\"clinical\"x,band-5,A,N,N,N,N,N,", kind: .malformedQuotes, column: nil, says: "quoted cell"),
    ]

    /// The import issue kinds these tests cover, for `everyKindHasAFixtureOrAGeneratedTest`.
    static let kinds: Set<ImportIssue.Kind> = Set(cases.map(\.kind)).union([.rowTooLong, .wrongHeader, .emptyFile])

    @Test(arguments: cases)
    func namesTheRowColumnAndProblem(_ testCase: Case) throws {
        let issues = ExtractTestFile.issues(ExtractTestFile.header + "\nRX1,2026,clinical,band-5,A,N,N,N,N,N,\n" + testCase.row + "\n")
        try #require(issues.count == 1, "\(issues)")
        #expect(issues[0].kind == testCase.kind)
        #expect(issues[0].row == 3)
        #expect(issues[0].column == testCase.column)
        #expect(issues[0].message.contains(testCase.says), "\(issues[0].message)")
        #expect(issues[0].description.hasPrefix("extract.csv:3:" + (testCase.column.map { $0 + ":" } ?? "")))
    }

    @Test func theSameProblemInEveryRowIsOneIssueCountingTheRows() {
        let text = ExtractTestFile.header + "\n" + String(repeating: "RX1,2026,clinical,band-5,Q,N,N,N,N,N,\n", count: 250)
        guard case let .failure(failure) = ExtractTestFile.read(text).0 else {
            Issue.record("a file of bad rows was read")
            return
        }
        #expect(failure.issues.count == 1)
        #expect(failure.omittedCount == 0)
        #expect(failure.issues.first?.occurrences == 250)
        #expect(failure.report.hasSuffix("(in 250 rows, the last row 251)"))
    }

    @Test func refusesAHeaderWithoutARequiredColumnOrWithOneTwice() {
        let missing = ExtractTestFile.issues("organisation,year,workforce,grade,bank\nRX1,2026,clinical,band-5,N\n")
        #expect(missing.map(\.kind) == [.wrongHeader])
        #expect(missing.first?.message.contains("ethnic_category") == true)
        let twice = ExtractTestFile.issues(ExtractTestFile.header + ",year\n")
        #expect(twice.first?.message.contains("names year twice") == true)
    }

    @Test func refusesAnEmptyFileAndAHeaderWithoutRows() {
        #expect(ExtractTestFile.issues("").map(\.kind) == [.emptyFile])
        #expect(ExtractTestFile.issues("\u{FEFF}" + ExtractTestFile.header + "\r\n").map(\.kind) == [.emptyFile])
    }

    @Test func stopsAtARowLongerThanAnExtractsRow() {
        let line = "RX1,2026," + String(repeating: "x", count: ExtractReader.maximumRowBytes * 2) + "\n"
        let (result, _) = ExtractTestFile.read(Array((ExtractTestFile.header + "\n" + line).utf8), chunks: { _ in 4096 })
        guard case let .failure(failure) = result else {
            Issue.record("an over-long row was read")
            return
        }
        #expect(failure.issues.map(\.kind) == [.rowTooLong])
        #expect(failure.issues.first?.row == 2)
    }

    @Test func countsNothingFromAFileWithAnyBadRow() {
        let text = ExtractTestFile.header + "\nRX1,2026,clinical,band-5,A,N,N,N,N,N,\nRX1,2026,clinical,band-5,Q,N,N,N,N,N,\n"
        #expect((try? ExtractTestFile.read(text).0.get()) == nil)
    }
}
