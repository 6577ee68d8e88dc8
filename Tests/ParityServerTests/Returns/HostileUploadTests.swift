import Fluent
import ParityCore
import Testing
import VaporTesting
@testable import ParityServer

/// A few files of the hostile corpus (issue 12; the whole corpus is checked in
/// `ParityCoreTests/HostileFileTests`) pushed through the importer and the upload route: each is
/// refused with its first problem located, and no return version is written.
@Suite struct HostileUploadTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let name: String
        let bytes: [UInt8]
        let kind: ImportIssue.Kind
        /// How the first issue's line starts: `FILE:ROW:COLUMN:` as far as it is known.
        let location: String
        var testDescription: String { name }
    }

    static let header = "organisation,year,standard,indicator,measure,group,count\n"

    static let cases: [Case] = [
        Case(name: "utf16", bytes: [0xFF, 0xFE] + Array((header + "T01,2026,WRES,2,shortlisted,bme,3\n").utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] },
             kind: .invalidEncoding, location: "utf16.csv: "),
        Case(name: "workbook", bytes: [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00], kind: .unreadableWorkbook, location: "workbook.csv: "),
        Case(name: "xls", bytes: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0], kind: .invalidEncoding, location: "xls.csv: "),
        Case(name: "formula", bytes: Array((header + "=cmd|' /C calc'!A0,2026,WRES,2,shortlisted,bme,3\n").utf8),
             kind: .unknownOrganisation, location: "formula.csv:2:organisation: "),
        Case(name: "overflow", bytes: Array((header + "T01,2026,WRES,2,shortlisted,bme,99999999999999999999\n").utf8),
             kind: .countTooLarge, location: "overflow.csv:2:count: "),
        Case(name: "million-columns", bytes: Array((header.dropLast() + String(repeating: ",x", count: 1_000_000) + "\n").utf8),
             kind: .wrongColumnCount, location: "million-columns.csv:1: "),
    ]

    @Test(arguments: cases)
    func aHostileFileIsRefusedAndWritesNothing(_ testCase: Case) async throws {
        try await withParity { app in
            // given
            try await TestRegion.create(on: app.db)
            let importer = ReturnImporter(database: app.db, now: testNow, actor: .commandLine, auditName: "test")
            // when
            let error = await #expect(throws: ImportFailure.self) {
                try await importer.importFile(testCase.bytes, fileName: testCase.name + ".csv")
            }
            // then
            let first = try #require(error?.issues.first)
            #expect(first.kind == testCase.kind)
            #expect(first.description.hasPrefix(testCase.location), "\(first.description)")
            #expect(try await ReturnVersionRow.query(on: app.db).count() == 0)
        }
    }

    @Test func oneBadRowAtTheEndOfAValidFileWritesNoneOfTheGoodRows() async throws {
        try await withParity { app in
            // given
            try await TestRegion.create(on: app.db)
            let bytes = try fixture("two-organisations-2026.csv") + Array("\nT01,2026,WRES,2,appointed,white,-1\n".utf8)
            // when
            let error = await #expect(throws: ImportFailure.self) {
                try await ReturnImporter(database: app.db, now: testNow, actor: .commandLine, auditName: "test").importFile(bytes, fileName: "late.csv")
            }
            // then
            #expect(error?.issues.map(\.kind) == [.negativeCount])
            #expect(try await ReturnVersionRow.query(on: app.db).count() == 0)
        }
    }

    @Test func aHeaderWithoutCountsIsRefusedAsNothingToImport() async throws {
        try await withParity { app in
            // given
            try await TestRegion.create(on: app.db)
            // when
            await #expect(throws: ParityError.self) {
                try await ReturnImporter(database: app.db, now: testNow, actor: .commandLine, auditName: "test")
                    .importFile(Array(Self.header.utf8), fileName: "header-only.csv")
            }
            // then
            #expect(try await ReturnVersionRow.query(on: app.db).count() == 0)
        }
    }

    @Test func aDamagedWorkbookUploadedOnTheWebIsRefusedWithAdviceAndSavesNothing() async throws {
        try await withParity { app in
            // given
            try await TestRegion.create(on: app.db)
            try await TestAccounts.create(in: app)
            let browser = TestBrowser(app)
            try await browser.signIn(TestAccounts.admin.0)
            // when
            let response = try await browser.upload([0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00], fileName: "return.xlsx")
            // then
            #expect(response.status == .unprocessableEntity)
            #expect(response.body.string.contains("nothing was saved"))
            #expect(response.body.string.contains("could not be opened as an .xlsx workbook"))
            #expect(try await ReturnVersionRow.query(on: app.db).count() == 0)
        }
    }
}
