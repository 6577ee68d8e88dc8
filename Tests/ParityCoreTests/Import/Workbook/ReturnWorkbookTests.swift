import Testing
@testable import ParityCore

/// The return workbook (issue 9): its template, and a filled one read back into the rows of the
/// return file and checked by the CSV's rules, with problems placed at their sheet and cell.
@Suite struct ReturnWorkbookTests {
    static let context = ReturnValidationContext(knownOrganisations: ["DA1", "DA2"], currentYear: 2026)
    static let demo = DemoRegion.generate(seed: 2021, latestYear: 2026, years: 2)

    static func parse(_ workbook: Workbook) -> Result<ParsedReturnFile, ImportFailure> {
        ReturnFileParser().parseWorkbook(workbook, fileName: "return.xlsx", context: context)
    }

    static func issues(_ workbook: Workbook) -> [ImportIssue] {
        guard case let .failure(failure) = parse(workbook) else { return [] }
        return failure.issues
    }

    static func template(_ standard: Standard = .wres) -> Workbook {
        ReturnWorkbook.template(standard: standard, organisation: "DA1", year: 2026)
    }

    @Test func theTemplateHasInstructionsAndOneSheetPerIndicator() {
        #expect(Self.template().sheets.map(\.name) == ["Instructions"] + (1...9).map { "Indicator \($0)" })
        #expect(Self.template(.wdes).sheets.map(\.name) == ["Instructions"] + WDESMetric.allCases.map { "Metric \($0.rawValue)" })
    }

    @Test(arguments: Standard.allCases)
    func theTemplateHasACellForEveryRowOfTheCSVTemplate(_ standard: Standard) throws {
        // given
        let workbook = Self.template(standard)
        let csvRows = ReturnTemplate.csv(standard: standard, organisation: "DA1", year: 2026)
            .split(separator: "\r\n").dropFirst().map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
        // then: every (indicator, measure, group) of the CSV template has its shaded cell
        for row in csvRows {
            let sheet = try #require(workbook.sheet(named: (standard == .wres ? "Indicator " : "Metric ") + row[3]))
            let address = try #require(WorkbookFilling.cell(in: sheet, measure: row[4], group: row[5]), "\(row)")
            #expect(sheet.cells[address]?.style == .input)
        }
        let inputs = workbook.sheets.map { $0.cells.values.filter { $0.style == .input }.count }.reduce(0, +)
        #expect(inputs == csvRows.count + 2, "the organisation and year are the other inputs")
    }

    @Test func aBlankTemplateReadsAsNoCounts() throws {
        #expect(try Self.parse(Self.template()).get().isEmpty)
    }

    @Test func aFilledWRESWorkbookReadsAsTheSameRowsAsTheCSVFile() throws {
        // given: one organisation's 2026 WRES return, as CSV and as a workbook
        let rows = Self.demo.rows.filter { $0.organisation == "DA1" && $0.year == 2026 }
        let csv = ([ReturnColumn.header] + rows.map { [$0.organisation, String($0.year), "WRES", String($0.indicator), $0.measure.rawValue, $0.group.rawValue, String($0.count)] })
            .map { CSVWriter.line($0) }.joined(separator: "\n")
        let workbook = WorkbookFilling.filled(Self.template(), wres: rows)
        // when
        let fromCSV = try ReturnFileParser().parseFile(Array(csv.utf8), fileName: "return.csv", context: Self.context).get()
        let fromWorkbook = try Self.parse(workbook).get()
        // then
        #expect(!rows.isEmpty)
        #expect(Set(fromWorkbook.wres) == Set(fromCSV.wres))
        #expect(fromWorkbook.wres.count == rows.count)
        #expect(fromWorkbook.returnKeys == fromCSV.returnKeys)
    }

    @Test func aFilledWDESWorkbookReadsAsTheSameRowsAsTheCSVFile() throws {
        // given
        let counts = try #require(Self.demo.wdes[ReturnKey(organisation: "DA1", year: 2026, standard: .wdes)])
        let rows = counts.values.map { WDESReturnRow(organisation: "DA1", year: 2026, metric: $0.key.metric, measure: $0.key.measure, group: $0.key.group, count: $0.value) }
        let csv = ([ReturnColumn.header] + rows.map { ["DA1", "2026", "WDES", $0.metric.rawValue, $0.measure.rawValue, $0.group.rawValue, String($0.count)] })
            .map { CSVWriter.line($0) }.joined(separator: "\n")
        // when
        let fromCSV = try ReturnFileParser().parseFile(Array(csv.utf8), fileName: "return.csv", context: Self.context).get()
        let fromWorkbook = try Self.parse(WorkbookFilling.filled(Self.template(.wdes), wdes: rows)).get()
        // then
        #expect(!rows.isEmpty)
        #expect(Set(fromWorkbook.wdes) == Set(fromCSV.wdes))
    }

    @Test func aCountThatIsNotANumberIsNamedByItsSheetAndCell() throws {
        // given
        var workbook = Self.template()
        WorkbookFilling.set(&workbook, sheet: "Indicator 2", measure: "shortlisted", group: "bme", .text("twelve"))
        // when
        let issues = Self.issues(workbook)
        // then
        let issue = try #require(issues.first)
        #expect(issues.count == 1)
        #expect(issue.kind == .invalidCount)
        #expect(issue.location?.description == "Indicator 2!D5")
        #expect(issue.row == nil)
        #expect(issue.description.hasPrefix("return.xlsx:Indicator 2!D5: "))
        #expect(issue.message.contains("'twelve'"))
    }

    @Test func aCrossRowProblemNamesBothCells() throws {
        // given: more appointed than shortlisted
        var workbook = Self.template()
        WorkbookFilling.set(&workbook, sheet: "Indicator 2", measure: "shortlisted", group: "white", .number(10))
        WorkbookFilling.set(&workbook, sheet: "Indicator 2", measure: "appointed", group: "white", .number(11))
        // when
        let issue = try #require(Self.issues(workbook).first)
        // then
        #expect(issue.kind == .appointedExceedsShortlisted)
        #expect(issue.location?.description == "Indicator 2!C6")
        #expect(issue.message.contains("shortlisted 10 (Indicator 2!C5)"))
    }

    @Test func anUnknownOrganisationIsNamedAtItsCellOnTheInstructionsSheetOnce() throws {
        // given
        var workbook = WorkbookFilling.filled(Self.template(), wres: Self.demo.rows.filter { $0.organisation == "DA1" && $0.year == 2026 })
        WorkbookFilling.setInstructions(&workbook, row: 3, .text("ZZ9"))
        // when
        let issues = Self.issues(workbook)
        // then
        #expect(issues.count == 1)
        #expect(issues.first?.kind == .unknownOrganisation)
        #expect(issues.first?.location?.description == "Instructions!B3")
    }

    @Test func aYearOutsideTheAcceptedYearsIsNamedAtItsCell() throws {
        var workbook = Self.template()
        WorkbookFilling.setInstructions(&workbook, row: 4, .number(1999))
        let issue = try #require(Self.issues(workbook).first)
        #expect(issue.kind == .yearOutOfRange)
        #expect(issue.location?.description == "Instructions!B4")
    }

    @Test func aMeasureOnTheWrongSheetIsReportedOnceAtItsCell() throws {
        // given: "appointed" typed into the measure column of indicator 3, with two counts
        var workbook = Self.template()
        let index = workbook.sheets.firstIndex { $0.name == "Indicator 3" }!
        workbook.sheets[index].cells[CellAddress(row: 5, column: 1)] = SheetCell(.text("appointed"))
        workbook.sheets[index].cells[CellAddress(row: 5, column: 3)] = SheetCell(.number(1))
        workbook.sheets[index].cells[CellAddress(row: 5, column: 4)] = SheetCell(.number(2))
        // when
        let issues = Self.issues(workbook)
        // then
        #expect(issues.map(\.kind) == [.measureNotValidForIndicator])
        #expect(issues.first?.location?.description == "Indicator 3!A5")
    }

    @Test func anUnknownGroupHeadingIsReportedAtTheHeading() throws {
        var workbook = Self.template()
        let index = workbook.sheets.firstIndex { $0.name == "Indicator 2" }!
        workbook.sheets[index].cells[CellAddress(row: 4, column: 4)] = SheetCell(.text("Asian"))
        let issues = Self.issues(workbook)
        #expect(issues.map(\.kind) == [.unknownGroup])
        #expect(issues.first?.location?.description == "Indicator 2!D4")
    }

    @Test func aRepeatedMeasureRowIsADuplicate() throws {
        // given: the shortlisted row copied below the table with a count
        var workbook = Self.template()
        let index = workbook.sheets.firstIndex { $0.name == "Indicator 2" }!
        workbook.sheets[index].cells[CellAddress(row: 5, column: 3)] = SheetCell(.number(4))
        workbook.sheets[index].cells[CellAddress(row: 9, column: 1)] = SheetCell(.text("shortlisted"))
        workbook.sheets[index].cells[CellAddress(row: 9, column: 3)] = SheetCell(.number(5))
        // when
        let issue = try #require(Self.issues(workbook).first)
        // then
        #expect(issue.kind == .duplicateRow)
        #expect(issue.location?.description == "Indicator 2!C9")
        #expect(issue.message.contains("repeats Indicator 2!C5"))
    }

    @Test func aWorkbookWithoutItsInstructionsSheetIsRefused() throws {
        var workbook = Self.template()
        workbook.sheets.removeFirst()
        let issue = try #require(Self.issues(workbook).first)
        #expect(issue.kind == .missingSheet)
    }

    @Test func aWorkbookWithoutIndicatorSheetsIsRefused() throws {
        var workbook = Self.template()
        workbook.sheets = [workbook.sheets[0]]
        let issue = try #require(Self.issues(workbook).first)
        #expect(issue.kind == .missingSheet)
        #expect(issue.message.contains("Indicator 1"))
    }

    @Test func aSheetThatIsNotPartOfTheReturnIsRefused() throws {
        var workbook = Self.template()
        workbook.sheets.append(Worksheet(name: "My notes"))
        let issues = Self.issues(workbook)
        #expect(issues.map(\.kind) == [.unknownSheet])
        #expect(issues.first?.location?.description == "My notes")
    }

    @Test func anIndicatorSheetWithoutItsHeaderRowIsRefused() throws {
        var workbook = Self.template()
        let index = workbook.sheets.firstIndex { $0.name == "Indicator 5" }!
        workbook.sheets[index].cells[CellAddress(row: 4, column: 1)] = SheetCell(.text("What"))
        let issue = try #require(Self.issues(workbook).first)
        #expect(issue.kind == .missingHeader)
        #expect(issue.location?.sheet == "Indicator 5")
    }

    @Test func sheetNamesAndGroupHeadingsAreReadWithoutRegardToCase() throws {
        var workbook = Self.template()
        let index = workbook.sheets.firstIndex { $0.name == "Indicator 2" }!
        workbook.sheets[index].name = "INDICATOR 2"
        workbook.sheets[index].cells[CellAddress(row: 5, column: 3)] = SheetCell(.number(7))
        let parsed = try Self.parse(workbook).get()
        #expect(parsed.wres.map(\.count) == [7])
        #expect(parsed.wres.first?.group == .white)
    }

    /// The kinds only a workbook can raise, each tested above or in ParityWorkbookTests.
    static let kinds: Set<ImportIssue.Kind> = [.missingSheet, .unknownSheet, .unreadableWorkbook]
}
