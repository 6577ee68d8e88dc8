import Foundation
import Testing
@testable import ParityCore

/// The hostile corpus (issue 12): small files under `Fixtures/hostile/`, each wrong in one way a
/// real upload can be. Every one must be refused (never accepted, never a crash) with a first
/// issue that names the file, the row and column where it can, and says why. The large hostile
/// files are generated in `HostileGeneratedFileTests`.
struct HostileFileTests {
    typealias Kind = ImportIssue.Kind

    struct Case: Sendable, CustomTestStringConvertible {
        let fixture: String
        let kind: Kind
        let row: Int?
        let column: String?
        /// Words the first issue's message must contain.
        let says: [String]
        var testDescription: String { fixture }

        init(_ fixture: String, _ kind: Kind, row: Int?, _ column: String? = nil, says: [String]) {
            self.fixture = fixture
            self.kind = kind
            self.row = row
            self.column = column
            self.says = says
        }
    }

    static let utf8 = ["not UTF-8", "CSV UTF-8"]
    static let nul = ["NUL bytes", "UTF-16", "CSV UTF-8"]
    static let wholeNumber = ["not a whole number", "0 to 10,000,000"]

    static let cases: [Case] = [
        // The whole file and its encoding
        Case("empty", .emptyFile, row: nil, says: ["empty", ReturnColumn.headerLine]),
        Case("bom-only", .emptyFile, row: nil, says: ["no rows", ReturnColumn.headerLine]),
        Case("blank-lines-only", .emptyFile, row: nil, says: ["no rows"]),
        Case("double-bom", .wrongHeader, row: 1, says: ["\\u{FEFF}organisation", "missing organisation"]),
        Case("utf16le-bom", .invalidEncoding, row: nil, says: ["UTF-16", "CSV UTF-8"]),
        Case("utf16be-bom", .invalidEncoding, row: nil, says: ["UTF-16", "CSV UTF-8"]),
        Case("utf32le-bom", .invalidEncoding, row: nil, says: ["UTF-16", "CSV UTF-8"]),
        Case("utf16le-no-bom", .invalidEncoding, row: 1, says: nul),
        Case("latin1-cell", .invalidEncoding, row: 3, "group", says: utf8),
        Case("latin1-header", .invalidEncoding, row: 1, "organisation", says: utf8),
        Case("windows1252-smart-quotes", .invalidEncoding, row: 2, "organisation", says: utf8),
        Case("overlong-utf8", .invalidEncoding, row: 2, "group", says: utf8),
        Case("nul-in-count", .invalidEncoding, row: 2, says: nul),
        Case("nul-bytes-only", .invalidEncoding, row: 1, says: nul),
        Case("random-binary", .invalidEncoding, row: 1, says: nul),
        Case("png-signature", .invalidEncoding, row: 3, says: nul),
        Case("pdf-signature", .missingHeader, row: 1, says: ["'%PDF-1.7'", ReturnColumn.headerLine]),
        Case("zip-signature-xlsx", .invalidEncoding, row: nil, says: ["workbook", ".xlsx", "CSV UTF-8"]),
        Case("ole2-signature-xls", .invalidEncoding, row: nil, says: ["workbook", ".xls", "CSV UTF-8"]),
        Case("ansi-escape-organisation", .unknownOrganisation, row: 2, "organisation", says: ["'\\u{1B}[2J\\u{1B}[31mDEMO1'", "ODS code"]),
        Case("bidi-override-organisation", .unknownOrganisation, row: 2, "organisation", says: ["'DEMO1\\u{202E}'"]),
        // CSV syntax
        Case("truncated-mid-row", .wrongColumnCount, row: 3, says: ["3 cells", "expected 7"]),
        Case("truncated-mid-quote", .malformedQuotes, row: 3, "measure", says: ["never closed"]),
        Case("unterminated-quote-header", .malformedQuotes, row: 1, "year", says: ["never closed"]),
        Case("quote-inside-unquoted-cell", .malformedQuotes, row: 2, "measure", says: ["does not start with one", "\"\""]),
        Case("text-after-closing-quote", .malformedQuotes, row: 2, "organisation", says: ["closing quote"]),
        Case("cr-only-line-endings", .unknownGroup, row: 3, "group", says: ["'purple'"]),
        Case("mixed-line-endings", .invalidCount, row: 4, "count", says: ["'x'"] + wholeNumber),
        Case("quoted-line-break-then-error", .negativeCount, row: 4, "count", says: ["'-1'", "negative"]),
        // The file's shape
        Case("extra-column", .wrongColumnCount, row: 2, says: ["8 cells", "expected 7", "double quotes"]),
        Case("missing-column", .wrongColumnCount, row: 2, says: ["6 cells", "expected 7"]),
        Case("unquoted-thousands-separator", .wrongColumnCount, row: 2, says: ["8 cells", "double quotes"]),
        Case("duplicate-header-column", .wrongHeader, row: 1, says: ["more than once"]),
        Case("header-repeated", .unknownOrganisation, row: 2, "organisation", says: ["'organisation'"]),
        Case("unknown-columns", .wrongHeader, row: 1, says: ["missing group", "'ethnicity' and 'notes'"]),
        Case("header-renamed", .missingHeader, row: 1, says: ["'org,yr,std,ind,msr,grp,n'", ReturnColumn.headerLine]),
        Case("header-wrong-order", .wrongHeader, row: 1, says: ["different order"]),
        Case("no-header", .missingHeader, row: 1, says: ["must be the header"]),
        Case("every-cell-wrong", .unknownOrganisation, row: 2, "organisation", says: ["'NOPE'"]),
        // Formula injection: every text cell is checked against a closed list, so none is stored
        Case("formula-cmd-organisation", .unknownOrganisation, row: 2, "organisation", says: ["'=cmd|' /C calc'!A0'"]),
        Case("formula-plus-measure", .unknownMeasure, row: 2, "measure", says: ["'+SUM(1+1)"]),
        Case("formula-minus-group", .unknownGroup, row: 2, "group", says: ["'-2+3+cmd"]),
        Case("formula-at-standard", .unknownStandard, row: 2, "standard", says: ["'@SUM(1+1)", "WDES or WRES"]),
        Case("formula-hyperlink-quoted", .unknownOrganisation, row: 2, "organisation", says: ["'=HYPERLINK("]),
        Case("formula-in-count", .invalidCount, row: 2, "count", says: ["'=1+1'"] + wholeNumber),
        Case("formula-tab-prefixed", .unknownGroup, row: 2, "group", says: ["'=1+1'"]),
        // Numbers
        Case("negative-count", .negativeCount, row: 2, "count", says: ["'-5'", "negative"]),
        Case("negative-zero-count", .negativeCount, row: 2, "count", says: ["'-0'", "negative"]),
        Case("overflowing-count", .countTooLarge, row: 2, "count", says: ["'99999999999999999999'", "10,000,000"]),
        Case("int64-max-count", .countTooLarge, row: 2, "count", says: ["'9223372036854775807'", "10,000,000"]),
        Case("int64-min-count", .negativeCount, row: 2, "count", says: ["'-9223372036854775808'", "negative"]),
        Case("decimal-count", .invalidCount, row: 2, "count", says: ["'12.0'"] + wholeNumber),
        Case("exponent-count", .invalidCount, row: 2, "count", says: ["'1e3'"] + wholeNumber),
        Case("hex-count", .invalidCount, row: 2, "count", says: ["'0x1F'"] + wholeNumber),
        Case("arabic-indic-digit-count", .invalidCount, row: 2, "count", says: ["'١٢'"] + wholeNumber),
        Case("fullwidth-digit-count", .invalidCount, row: 2, "count", says: ["'１２'"] + wholeNumber),
        Case("plus-sign-count", .invalidCount, row: 2, "count", says: ["'+12'"] + wholeNumber),
        Case("quoted-thousands-count", .invalidCount, row: 2, "count", says: ["'1,200'"] + wholeNumber),
        Case("inner-space-count", .invalidCount, row: 2, "count", says: ["'1 200'"] + wholeNumber),
        Case("zero-width-space-count", .invalidCount, row: 2, "count", says: ["'12\\u{200B}'"] + wholeNumber),
        Case("overflowing-year", .yearOutOfRange, row: 2, "year", says: ["'99999999999999999999'", "2014 to 2026"]),
        Case("year-too-early", .yearOutOfRange, row: 2, "year", says: ["'2013'", "2014 to 2026"]),
        Case("year-too-late", .yearOutOfRange, row: 2, "year", says: ["'2027'", "2014 to 2026"]),
        Case("two-digit-year", .yearOutOfRange, row: 2, "year", says: ["'24'", "2014 to 2026"]),
        Case("financial-year", .invalidYear, row: 2, "year", says: ["'2024-25'", "not a whole number"]),
        Case("indicator-zero", .invalidIndicator, row: 2, "indicator", says: ["'0'", "1 to 9"]),
        Case("indicator-decimal", .invalidIndicator, row: 2, "indicator", says: ["'2.0'", "1 to 9"]),
        // Values outside the contract's lists
        Case("unknown-organisation-lowercase", .unknownOrganisation, row: 2, "organisation", says: ["'demo1'", "did you mean 'DEMO1'"]),
        Case("unknown-standard-lowercase", .unknownStandard, row: 2, "standard", says: ["'wres'", "WDES or WRES"]),
        Case("unknown-measure-capitalised", .unknownMeasure, row: 2, "measure", says: ["'Shortlisted'", "shortlisted"]),
        Case("unknown-group-uppercase", .unknownGroup, row: 2, "group", says: ["'BME'", "white, bme or unknown"]),
        Case("wdes-metric-unknown", .invalidIndicator, row: 2, "indicator", says: ["'11'", "WDES metric"]),
        Case("wdes-action-taken-not-yes-or-no", .actionTakenNotYesOrNo, row: 2, "count", says: ["'2'", "yes/no"]),
        // Rows that contradict each other
        Case("duplicate-rows", .duplicateRow, row: 4, says: ["repeats row 2"]),
        Case("appointed-exceeds-shortlisted", .appointedExceedsShortlisted, row: 3, "count", says: ["appointed 31", "shortlisted 30 (row 2)"]),
        Case("survey-yes-exceeds-respondents", .surveyYesExceedsRespondents, row: 3, "count", says: ["survey-yes 11", "survey-respondents 10 (row 2)"]),
        Case("events-exceed-headcount", .eventsExceedHeadcount, row: 3, "count", says: ["entered-disciplinary 5", "headcount"]),
    ]

    /// Files that parse on purpose, each for a stated reason.
    static let tolerated: [String: String] = [
        // No counts: the importer refuses it ("has no counts to import"), as it does a blank template.
        "header-only": "no counts",
    ]

    static func parse(_ fixture: String) throws -> Result<ParsedReturnFile, ImportFailure> {
        ReturnFileParser().parseFile(try ReturnFixture.bytes(fixture, folder: "hostile"), fileName: fixture + ".csv", context: ReturnFixture.context)
    }

    @Test func theCorpusHoldsAtLeastFiftyHostileFiles() {
        #expect(Self.cases.count >= 50)
        #expect(Set(Self.cases.map(\.fixture)).count == Self.cases.count)
    }

    @Test(arguments: cases)
    func refusesTheFileAndSaysWhereAndWhy(_ testCase: Case) throws {
        // when
        let start = ContinuousClock.now
        let result = try Self.parse(testCase.fixture)
        let elapsed = ContinuousClock.now - start
        // then
        guard case let .failure(failure) = result else {
            Issue.record("\(testCase.fixture) was accepted")
            return
        }
        let first = try #require(failure.issues.first)
        #expect(first.kind == testCase.kind, "\(failure.report)")
        #expect(first.row == testCase.row, "\(failure.report)")
        #expect(first.column == testCase.column, "\(failure.report)")
        for words in testCase.says {
            #expect(first.message.contains(words), "\(first.message) should say \(words)")
        }
        for issue in failure.issues {
            #expect(issue.file == testCase.fixture + ".csv")
            #expect(issue.description.hasPrefix(testCase.fixture + ".csv"))
            #expect(Self.isPrintable(issue.message), "\(issue.message.debugDescription)")
        }
        #expect(elapsed < .seconds(1))
    }

    @Test func aHeaderWithoutCountsParsesToNothingToImport() throws {
        #expect(try Self.parse("header-only").get().isEmpty)
    }

    @Test func everyFileOfTheCorpusIsATestCase() throws {
        let folder = try #require(Bundle.module.url(forResource: "hostile", withExtension: nil, subdirectory: "Fixtures"))
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).map { String($0.dropLast(".csv".count)) }
        #expect(Set(names) == Set(Self.cases.map(\.fixture)).union(Self.tolerated.keys))
    }

    /// No control or format character reaches a message unescaped: a message is shown in a
    /// terminal and on a web page, and must show what the file holds.
    static func isPrintable(_ message: String) -> Bool {
        message.unicodeScalars.allSatisfy {
            switch $0.properties.generalCategory {
            case .control, .format: false
            default: true
            }
        }
    }
}
