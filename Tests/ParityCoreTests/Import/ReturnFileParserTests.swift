import Testing
@testable import ParityCore

struct ReturnFileParserTests {
    typealias Kind = ImportIssue.Kind

    static func row(_ organisation: String, _ year: Int, _ indicator: Int, _ measure: Measure,
                    _ group: PopulationGroup, _ count: Int) -> ReturnRow {
        ReturnRow(organisation: organisation, year: year, standard: .wres, indicator: indicator, measure: measure, group: group, count: count)
    }

    static func row(_ indicator: Int, _ measure: Measure, _ group: PopulationGroup, _ count: Int) -> ReturnRow {
        row("DEMO1", 2024, indicator, measure, group, count)
    }

    static let validRows: [ReturnRow] = [
        row(1, .headcount(.clinical, .band5), .white, 120),
        row(1, .headcount(.clinical, .band5), .bme, 45),
        row(2, .shortlisted, .bme, 30),
        row(2, .appointed, .bme, 6),
        row(6, .surveyYes, .white, 12),
        row(6, .surveyRespondents, .white, 80),
        row(9, .board(.votingExecutive), .bme, 1),
        row("DEMO2", 2025, 3, .enteredDisciplinary, .white, 0),
    ]

    /// (kind, row, column) of each issue, for comparing whole lists.
    static func located(_ issues: [ImportIssue]) -> [String] {
        issues.map { "\($0.kind) \($0.row.map(String.init) ?? "-") \($0.column ?? "-")" }
    }

    static func data(_ lines: String...) -> String {
        ([ReturnFixture.header] + lines).joined(separator: "\n")
    }

    @Test func validFixtureParsesToItsRowsLeavingOutTheBlankCount() throws {
        let rows = try ReturnFixture.parseWRES(ReturnFixture.bytes("valid")).get()
        #expect(rows == Self.validRows)
        // Not provided is absent, never zero.
        #expect(ReturnCounts(rows: rows)[1, .headcount(.clinical, .band5), .unknown] == nil)
    }

    @Test func acceptsAByteOrderMarkAndCRLFLineEnds() throws {
        let lf = try ReturnFixture.bytes("valid")
        let crlf = lf.flatMap { $0 == 0x0A ? [0x0D, 0x0A] : [$0] }
        let rows = try ReturnFixture.parseWRES([0xEF, 0xBB, 0xBF] + crlf).get()
        #expect(rows == Self.validRows)
    }

    @Test func readsQuotedCellsAndShowsTheirTextInMessages() throws {
        let text = Self.data(
            "\"DEMO1\",\"2024\",\"WRES\",\"2\",\"appointed\",\"bme\",\" 7 \"",
            "\"Trust, \"\"A\"\"\",2024,WRES,2,shortlisted,bme,9"
        )
        let issues = ReturnFixture.issues(ReturnFixture.parseWRES(text))
        #expect(Self.located(issues) == ["unknownOrganisation 3 organisation"])
        #expect(issues.first?.message.contains("'Trust, \"A\"'") == true)
        let fixed = Self.data(
            "\"DEMO1\",\"2024\",\"WRES\",\"2\",\"appointed\",\"bme\",\" 7 \"",
            "\"DEMO1\",2024,WRES,2,shortlisted,bme,9"
        )
        #expect(try ReturnFixture.parseWRES(fixed).get() == [Self.row(2, .appointed, .bme, 7), Self.row(2, .shortlisted, .bme, 9)])
    }

    @Test func skipsBlankCountsBlankRowsAndBlankTrailingCells() throws {
        let text = Self.data(
            "DEMO1,2024,WRES,2,appointed,bme,",
            "DEMO1,2024,WRES,2,appointed,white,\"\"",
            "DEMO1,2024,WRES,2,shortlisted,white,   ",
            "",
            ",,,,,,",
            "DEMO1,2024,WRES,2,shortlisted,bme,4,,",
            "DEMO1,2024,WRES,2,appointed,bme,3"
        )
        // The blank appointed row does not make the later one a duplicate.
        #expect(try ReturnFixture.parseWRES(text).get() == [Self.row(2, .shortlisted, .bme, 4), Self.row(2, .appointed, .bme, 3)])
    }

    @Test func headerOnlyOrBlankCountsOnlyIsValidAndEmpty() throws {
        #expect(try ReturnFixture.parseWRES(ReturnFixture.header + "\r\n").get() == [])
        #expect(try ReturnFixture.parseWRES(Self.data("DEMO1,2024,WRES,2,appointed,bme,")).get() == [])
    }

    @Test func stillChecksTheOtherCellsOfARowWithABlankCount() {
        let issues = ReturnFixture.issues(ReturnFixture.parseWRES(Self.data("NOPE,2024,WRES,2,appointed,bme,")))
        #expect(Self.located(issues) == ["unknownOrganisation 2 organisation"])
    }

    @Test func reportsEveryProblemOfTheFileAtOnceInRowOrder() throws {
        let issues = ReturnFixture.issues(ReturnFixture.parseWRES(try ReturnFixture.bytes("several-errors")))
        #expect(Self.located(issues) == [
            "unknownOrganisation 2 organisation",
            "yearOutOfRange 3 year",
            "unknownGroup 3 group",
            "negativeCount 3 count",
            "appointedExceedsShortlisted 5 count",
            "wrongColumnCount 6 -",
            "duplicateRow 7 -",
        ])
    }

    @Test func reportsEveryBadCellOfOneRow() {
        let issues = ReturnFixture.issues(ReturnFixture.parseWRES(Self.data("x,y,z,w,v,u,t")))
        #expect(Self.located(issues) == [
            "unknownOrganisation 2 organisation", "invalidYear 2 year", "unknownStandard 2 standard",
            "invalidIndicator 2 indicator", "unknownMeasure 2 measure", "unknownGroup 2 group", "invalidCount 2 count",
        ])
    }

    @Test func capsTheListAndCountsTheRest() throws {
        // given: 150 rows with one problem each
        let lines = (1...150).map { "NOPE\($0),2024,WRES,2,appointed,bme,1" }
        let text = ([ReturnFixture.header] + lines).joined(separator: "\n")
        // when
        guard case let .failure(failure) = ReturnFixture.parseWRES(text) else { Issue.record("expected a failure"); return }
        // then
        #expect(failure.issues.count == 100)
        #expect(failure.omittedCount == 50)
        #expect(failure.issues.last?.row == 101)
        #expect(failure.report.hasSuffix("\nreturns.csv:101:organisation: unknown organisation code 'NOPE100'; "
            + "expected the ODS code of an organisation registered in Parity\n…and 50 more problems"))
    }

    @Test func capFollowsTheLimits() {
        let text = Self.data("x,y,z,w,v,u,t")
        guard case let .failure(failure) = ReturnFixture.parseWRES(text, limits: ImportLimits(maximumIssues: 3)) else {
            Issue.record("expected a failure")
            return
        }
        #expect(failure.issues.map(\.kind) == [.unknownOrganisation, .invalidYear, .unknownStandard])
        #expect(failure.omittedCount == 4)
    }

    @Test func refusesAFileOverTheSizeLimitBeforeReadingIt() throws {
        let bytes = try ReturnFixture.bytes("valid")
        // Garbage after the limit would give other issues if the file were read.
        let tooLarge = ReturnFixture.parseWRES(bytes + [0xFF, 0x22], limits: ImportLimits(maximumBytes: bytes.count + 1))
        #expect(Self.located(ReturnFixture.issues(tooLarge)) == ["fileTooLarge - -"])
        #expect(ReturnFixture.issues(tooLarge).first?.message.contains("expected at most") == true)
        #expect(try ReturnFixture.parseWRES(bytes, limits: ImportLimits(maximumBytes: bytes.count)).get() == Self.validRows)
    }

    @Test(arguments: [[UInt8]([0xFF, 0xFE, 0x6F, 0x00]), [0xFE, 0xFF, 0x00, 0x6F]])
    func refusesUTF16(_ bytes: [UInt8]) {
        let issues = ReturnFixture.issues(ReturnFixture.parseWRES(bytes))
        #expect(Self.located(issues) == ["invalidEncoding - -"])
    }

    @Test(arguments: ["\n\n", "\u{FEFF}", ",,,\r\n\r\n"])
    func aFileWithNoRowsIsEmpty(_ text: String) {
        #expect(Self.located(ReturnFixture.issues(ReturnFixture.parseWRES(text))) == ["emptyFile - -"])
    }

    @Test func acceptsAHeaderWithSpacesAndCapitals() throws {
        let text = " Organisation , YEAR,standard,indicator,measure,group,Count\nDEMO1,2024,WRES,2,appointed,bme,3"
        #expect(try ReturnFixture.parseWRES(text).get() == [Self.row(2, .appointed, .bme, 3)])
    }

    static let wrongHeaders: [(String, String)] = [
        ("year,organisation,standard,indicator,measure,group,count", "the columns are in a different order"),
        ("organisation,year,standard,indicator,measure,group", "missing count"),
        ("organisation,year,standard,indicator,measure,group,count,count", "a column appears more than once"),
        ("organisation,year,standard,indicator,measure,ethnicity,count", "missing group; unexpected 'ethnicity'"),
    ]

    @Test(arguments: wrongHeaders)
    func explainsAWrongHeaderAndStops(_ header: String, _ detail: String) {
        let issues = ReturnFixture.issues(ReturnFixture.parseWRES(header + "\nNOPE,2024,WRES,2,appointed,bme,3"))
        #expect(Self.located(issues) == ["wrongHeader 1 -"])
        #expect(issues.first?.message.contains(detail) == true, "\(issues)")
    }

    @Test func checksTheRowsOfAFileWithoutHeaderFromItsFirstRow() {
        let text = "NOPE,2024,WRES,2,appointed,bme,3\nDEMO1,2024,WRES,2,appointed,bme,-1"
        #expect(Self.located(ReturnFixture.issues(ReturnFixture.parseWRES(text))) == [
            "missingHeader 1 -", "unknownOrganisation 1 organisation", "negativeCount 2 count",
        ])
    }

    @Test func anUnreadableHeaderStopsTheImport() {
        let bytes: [UInt8] = Array("organisation,\"year".utf8)
        #expect(Self.located(ReturnFixture.issues(ReturnFixture.parseWRES(bytes))) == ["malformedQuotes 1 year"])
    }

    @Test func anUnclosedQuoteIsReportedWhereItOpens() {
        let text = Self.data("DEMO1,2024,WRES,2,appointed,bme,3", "DEMO1,2024,WRES,2,\"shortlisted,bme,4", "DEMO1,2024,WRES,2,appointed,white,3")
        let issues = ReturnFixture.issues(ReturnFixture.parseWRES(text))
        #expect(Self.located(issues) == ["malformedQuotes 3 measure"])
        #expect(issues.first?.message.contains("never closed") == true)
    }

    @Test(arguments: [("2013", Kind.yearOutOfRange), ("2014", nil), ("2026", nil), ("2027", .yearOutOfRange),
                    ("99999999999999999999", .yearOutOfRange), ("-2024", .invalidYear), ("2024.0", .invalidYear)])
    func acceptsYearsFrom2014ToNextYear(_ year: String, _ kind: Kind?) {
        let issues = ReturnFixture.issues(ReturnFixture.parseWRES(Self.data("DEMO1,\(year),WRES,2,appointed,bme,3")))
        #expect(issues.map(\.kind) == (kind.map { [$0] } ?? []))
    }

    @Test(arguments: [
        ("0", nil), ("10000000", nil), ("007", nil),
        ("10000001", Kind.countTooLarge), ("99999999999999999999999", .countTooLarge),
        ("-0", .negativeCount), ("-99999999999999999999999", .negativeCount),
        ("+5", .invalidCount), ("\"1,234\"", .invalidCount), ("3.0", .invalidCount), ("1e3", .invalidCount),
        ("٣", .invalidCount), ("-", .invalidCount), ("five", .invalidCount),
    ])
    func checksCounts(_ cell: String, _ kind: Kind?) {
        let issues = ReturnFixture.issues(ReturnFixture.parseWRES(Self.data("DEMO1,2024,WRES,2,appointed,bme,\(cell)")))
        #expect(issues.map(\.kind) == (kind.map { [$0] } ?? []), "\(issues)")
    }

    @Test(arguments: [
        (1, "headcount:medical:consultant", true), (2, "headcount:medical:consultant", false),
        (1, "headcount:medical:band-5", nil), (2, "shortlisted", true), (3, "appointed", false),
        (3, "entered-disciplinary", true), (4, "accessed-training", true), (4, "survey-yes", false),
        (5, "survey-respondents", true), (8, "survey-yes", true), (9, "survey-yes", false),
        (9, "board:non-voting-non-executive", true), (1, "board:voting-executive", false), (9, "board:chair", nil),
    ] as [(Int, String, Bool?)])
    func checksTheMeasureBelongsToTheIndicator(_ indicator: Int, _ measure: String, _ fits: Bool?) {
        let issues = ReturnFixture.issues(ReturnFixture.parseWRES(Self.data("DEMO1,2024,WRES,\(indicator),\(measure),bme,3")))
        let expected: [Kind] = switch fits {
        case true: []
        case false: [.measureNotValidForIndicator]
        case nil: [.unknownMeasure]
        }
        #expect(issues.map(\.kind) == expected)
    }

    @Test func suggestsTheCapitalisedOrganisationCode() {
        let issues = ReturnFixture.issues(ReturnFixture.parseWRES(Self.data("demo1,2024,WRES,2,appointed,bme,3")))
        #expect(issues.first?.message.hasSuffix("(did you mean 'DEMO1'?)") == true)
    }

    @Test func crossRowChecksAllowEqualCountsAndStayWithinOneReturn() throws {
        let text = Self.data(
            "DEMO1,2024,WRES,2,shortlisted,bme,5", "DEMO1,2024,WRES,2,appointed,bme,5",
            "DEMO1,2023,WRES,2,appointed,bme,9", "DEMO2,2024,WRES,2,appointed,bme,9",
            "DEMO1,2024,WRES,7,survey-respondents,unknown,4", "DEMO1,2024,WRES,7,survey-yes,unknown,4",
            "DEMO1,2024,WRES,8,survey-yes,unknown,40",
            "DEMO1,2024,WRES,1,headcount:medical:trainee,white,2", "DEMO1,2024,WRES,1,headcount:clinical:vsm,white,1",
            "DEMO1,2024,WRES,4,accessed-training,white,3", "DEMO1,2024,WRES,3,entered-disciplinary,bme,3"
        )
        #expect(try ReturnFixture.parseWRES(text).get().count == 11)
    }

    @Test func aRowWithProblemsIsNotUsedForCrossRowChecks() {
        let text = Self.data("DEMO1,2024,WRES,2,shortlisted,bme,x", "DEMO1,2024,WRES,2,appointed,bme,5")
        #expect(Self.located(ReturnFixture.issues(ReturnFixture.parseWRES(text))) == ["invalidCount 2 count"])
    }
}
