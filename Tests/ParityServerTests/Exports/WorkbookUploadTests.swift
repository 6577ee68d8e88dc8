import Fluent
import Foundation
import ParityCore
import ParityWorkbook
import Testing
import VaporTesting
@testable import ParityServer

/// The return workbook end to end (issue 9): downloaded from the upload page, filled in,
/// uploaded on the web or imported from the command line, stored exactly as the CSV file.
@Suite struct WorkbookUploadTests {
    /// The template as the upload page serves it.
    static func template(_ app: Application, standard: String = "WRES") async throws -> Workbook {
        let response = try await TestBrowser(app).get("/returns/template.xlsx?standard=\(standard)")
        #expect(response.status == .ok)
        #expect(response.headers.contentType == WorkbookResponse.mediaType)
        #expect(response.headers.contentDisposition?.filename == "\(standard.lowercased())-return-template.xlsx")
        return try XLSXReader().read(Array(response.body.readableBytesView))
    }

    /// The rows of a CSV fixture for one organisation, as (indicator, measure, group, count).
    static func rows(_ fixtureName: String, organisation: String) throws -> [[String]] {
        String(decoding: try fixture(fixtureName), as: UTF8.self).split(separator: "\n").dropFirst()
            .map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
            .filter { $0[0] == organisation }
    }

    /// The template filled with `rows` for `organisation` and 2026, typed in as a person would.
    static func filled(_ template: Workbook, organisation: String, rows: [[String]]) throws -> [UInt8] {
        var workbook = template
        workbook.sheets[0].cells[CellAddress(row: 3, column: 2)] = SheetCell(.text(organisation))
        workbook.sheets[0].cells[CellAddress(row: 4, column: 2)] = SheetCell(.number(2026))
        for row in rows {
            let index = try #require(workbook.sheets.firstIndex { $0.name == "Indicator \(row[3])" })
            let sheet = workbook.sheets[index]
            let line = try #require((5...sheet.lastRow).first { sheet.text(CellAddress(row: $0, column: 1)) == row[4] })
            let column = try #require((3...5).first { sheet.text(CellAddress(row: 4, column: $0)).lowercased() == row[5] })
            workbook.sheets[index].cells[CellAddress(row: line, column: column)] = SheetCell(.number(Double(row[6])!))
        }
        return Array(try XLSXWriter.data(workbook))
    }

    @Test func theTemplatesHaveASheetPerIndicatorAndTheirInstructions() async throws {
        try await withParity { app in
            let wres = try await Self.template(app)
            #expect(wres.sheets.map(\.name) == ["Instructions"] + (1...9).map { "Indicator \($0)" })
            #expect(wres.sheets[0].text(CellAddress(row: 5, column: 2)) == "WRES")
            let wdes = try await Self.template(app, standard: "WDES")
            #expect(wdes.sheets.count == 1 + WDESMetric.allCases.count)
            let page = try await TestBrowser(app).get("/returns/template.xlsx?standard=XYZ")
            #expect(page.status == .unprocessableEntity)
        }
    }

    @Test func aFilledWorkbookStoresTheSameFiguresAsTheCSVFile() async throws {
        try await withParity { app in
            // given
            try await TestRegion.create(on: app.db)
            try await TestAccounts.create(in: app)
            let rows = try Self.rows("two-organisations-2026.csv", organisation: "T01")
            let workbook = try Self.filled(try await Self.template(app), organisation: "T01", rows: rows)
            let csv = Array(("organisation,year,standard,indicator,measure,group,count\n" + rows.map { $0.joined(separator: ",") }.joined(separator: "\n")).utf8)
            let browser = TestBrowser(app)
            try await browser.signIn(TestAccounts.dataLeadT01.0)
            // when: the workbook on the web, then the same counts as CSV from the command line's importer
            let uploaded = try await browser.upload(workbook, fileName: "t01.xlsx")
            _ = try await ReturnImporter(database: app.db, now: testNow, actor: .commandLine, auditName: "test").importFile(csv, fileName: "t01.csv")
            // then: two versions with the same stored counts, and the same published figures
            #expect(uploaded.status == .ok, "\(uploaded.body.string.prefix(500))")
            #expect(uploaded.body.string.contains("T01"))
            let versions = try await ReturnVersionRow.query(on: app.db).sort(\.$version).all()
            #expect(versions.map(\.version) == [1, 2])
            #expect(try ReturnCountsCoding.decode(versions[0].counts) == ReturnCountsCoding.decode(versions[1].counts))
            #expect(versions[0].rowCount == rows.count)
            #expect(versions[0].sourceName == "t01.xlsx")
        }
    }

    @Test func theCommandLineImportsAWorkbookAndNamesItsProblemsBySheetAndCell() async throws {
        try await withParity { app in
            // given
            try await TestRegion.create(on: app.db)
            var rows = try Self.rows("two-organisations-2026.csv", organisation: "T02")
            let index = try #require(rows.firstIndex { $0[4] == "appointed" })
            rows[index][6] = "100000"
            let workbook = try Self.filled(try await Self.template(app), organisation: "T02", rows: rows)
            let importer = ReturnImporter(database: app.db, now: testNow, actor: .commandLine, auditName: "test")
            // when
            let failure = await #expect(throws: ImportFailure.self) { try await importer.importFile(workbook, fileName: "t02.xlsx") }
            // then
            let issue = try #require(failure?.issues.first)
            #expect(issue.kind == .appointedExceedsShortlisted)
            #expect(issue.description.hasPrefix("t02.xlsx:Indicator 2!"))
            #expect(try await ReturnVersionRow.query(on: app.db).count() == 0)
        }
    }

    @Test func aWorkbookWithAMistakeIsRefusedOnTheWebNamingTheSheetAndCell() async throws {
        try await withParity { app in
            // given
            try await TestRegion.create(on: app.db)
            try await TestAccounts.create(in: app)
            var template = try await Self.template(app)
            template.sheets[0].cells[CellAddress(row: 3, column: 2)] = SheetCell(.text("T01"))
            template.sheets[0].cells[CellAddress(row: 4, column: 2)] = SheetCell(.number(2026))
            let sheet = try #require(template.sheets.firstIndex { $0.name == "Indicator 2" })
            template.sheets[sheet].cells[CellAddress(row: 5, column: 4)] = SheetCell(.text("lots"))
            let browser = TestBrowser(app)
            try await browser.signIn(TestAccounts.dataLeadT01.0)
            // when
            let response = try await browser.upload(Array(try XLSXWriter.data(template)), fileName: "t01.xlsx")
            // then
            #expect(response.status == .unprocessableEntity)
            #expect(response.body.string.contains("Indicator 2!D5: the count"), "\(response.body.string.prefix(2000))")
            #expect(response.body.string.contains("nothing was saved"))
            #expect(try await ReturnVersionRow.query(on: app.db).count() == 0)
        }
    }

    @Test func aWorkbookThatUnpacksToGigabytesIsRefusedWithoutBeingRead() async throws {
        try await withParity { app in
            // given: a sheet of 40 MiB of spaces, a few tens of kilobytes packed
            try await TestRegion.create(on: app.db)
            var template = try await Self.template(app)
            template.sheets[1].cells[CellAddress(row: 200, column: 1)] = SheetCell(.text(String(repeating: " ", count: 40 * 1024 * 1024)))
            let bytes = Array(try XLSXWriter.data(template))
            // when
            let failure = await #expect(throws: ImportFailure.self) {
                try await ReturnImporter(database: app.db, now: testNow, actor: .commandLine, auditName: "test").importFile(bytes, fileName: "bomb.xlsx")
            }
            // then
            #expect(bytes.count < 1024 * 1024)
            #expect(failure?.issues.map(\.kind) == [.fileTooLarge])
            #expect(try await ReturnVersionRow.query(on: app.db).count() == 0)
        }
    }
}
