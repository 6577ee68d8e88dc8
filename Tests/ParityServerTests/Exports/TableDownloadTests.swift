import Foundation
import ParityCore
import ParityWorkbook
import Testing
import VaporTesting
@testable import ParityServer

/// Every table on every page downloads as CSV and as a workbook (issue 9), exactly as its
/// reader sees it.
@Suite struct TableDownloadTests {
    static func csvLines(_ response: TestingHTTPResponse) -> [String] {
        let bytes = Array(response.body.readableBytesView)
        #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF], "a CSV download starts with a byte order mark")
        return String(decoding: bytes.dropFirst(3), as: UTF8.self).components(separatedBy: "\r\n")
    }

    @Test func everyTableOfAPageLinksItsDownloads() async throws {
        try await withParity { app in
            // given
            try await CommitmentFixture.create(in: app)
            try await CommitmentFixture.importS01Returns(in: app)
            for path in ["/?year=2026", "/systems/S01?year=2026", "/organisations/T01?year=2026", "/systems/S01/commitments", "/governance", "/accountability"] {
                // when
                let html = try await TestBrowser(app).get(path).body.string
                // then: every table but those whose page links a CSV of its own
                let tables = html.matches(of: /<table class="p-table[^>]*>/).filter { !$0.output.contains("data-download=\"none\"") }.count
                #expect(tables > 0 || path == "/accountability", "\(path)")
                #expect(html.matches(of: /download=csv&amp;table=\d+" download>CSV/).count == tables, "\(path)")
                #expect(html.matches(of: /download=xlsx&amp;table=\d+" download>Excel workbook/).count == tables, "\(path)")
                #expect(html.contains("Download all \(tables) tables on this page") == (tables > 1), "\(path)")
            #expect(!html.contains("/accountability?download="), "the matrix links its own CSV")
            }
        }
    }

    @Test func aTableDownloadsAsCSVWithFormulaCellsNeutralised() async throws {
        try await withParity { app in
            // given: a recommendation whose title a spreadsheet would run
            try await CommitmentFixture.create(in: app, recommendations: [
                CommitmentFixture.recommendation("=HYPERLINK(\"http://evil\",\"x\")", "S"),
                CommitmentFixture.recommendation("@SUM(1+1)", "M"),
            ])
            // when
            let response = try await TestBrowser(app).get("/systems/S01/commitments?download=csv&table=1")
            // then
            #expect(response.status == .ok)
            #expect(response.headers.contentType?.subType == "csv")
            #expect(response.headers.contentDisposition?.filename == "systems-S01-commitments-table-1.csv")
            let lines = Self.csvLines(response)
            #expect(lines.contains { $0.hasPrefix("\"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")") }, "\(lines)")
            #expect(lines.contains { $0.hasPrefix("'@SUM(1+1)") }, "\(lines)")
            #expect(!lines.contains { $0.hasPrefix("=") || $0.hasPrefix("@") || $0.contains(",=") || $0.contains(",@") })
        }
    }

    @Test func aDownloadShowsWhatItsReaderSeesAndNoMore() async throws {
        try await withParity { app in
            // given: T02 has 3 BME staff at band 8c, withheld from the public
            try await TestRegion.create(on: app.db)
            try await TestAccounts.create(in: app)
            _ = try await ReturnImporter(database: app.db, now: testNow, actor: .commandLine, auditName: "test").importFile(try fixture("two-organisations-2026.csv"), fileName: "two.csv")
            let path = "/organisations/T02?year=2026"
            let lead = TestBrowser(app)
            try await lead.signIn(TestAccounts.dataLeadT02.0)
            /// The number of the page's table holding band 8c, as this reader's page numbers it.
            func table(_ browser: TestBrowser) async throws -> Int {
                let html = try await browser.get(path).body.string
                return try #require(html.components(separatedBy: "<table class=\"p-table").firstIndex { $0.contains("Band 8c") })
            }
            // when
            let anonymous = TestBrowser(app)
            let publicRows = Self.csvLines(try await anonymous.get("\(path)&download=csv&table=\(try await table(anonymous))"))
            let leadRows = Self.csvLines(try await lead.get("\(path)&download=csv&table=\(try await table(lead))"))
            // then
            let publicRow = try #require(publicRows.first { $0.contains("Band 8c") })
            let leadRow = try #require(leadRows.first { $0.contains("Band 8c") })
            #expect(publicRow.contains("*"), "\(publicRow)")
            #expect(!leadRow.contains("*"), "\(leadRow)")
            #expect(leadRow.contains(",3,"), "\(leadRow)")
        }
    }

    @Test func aPagesTablesDownloadAsOneWorkbook() async throws {
        try await withParity { app in
            // given
            try await CommitmentFixture.create(in: app)
            try await CommitmentFixture.importS01Returns(in: app)
            let html = try await TestBrowser(app).get("/?year=2026").body.string
            // when
            let response = try await TestBrowser(app).get("/?year=2026&download=xlsx")
            // then
            #expect(response.status == .ok)
            #expect(response.headers.contentDisposition?.filename == "region-2026-tables.xlsx")
            let workbook = try XLSXReader().read(Array(response.body.readableBytesView))
            #expect(workbook.sheets.count == html.matches(of: /<table class="p-table[^>]*>/).filter { !$0.output.contains("data-download=\"none\"") }.count)
            let scorecard = workbook.sheets[0]
            #expect(scorecard.name == "Table 1")
            #expect(scorecard.text(CellAddress(row: 1, column: 1)).hasPrefix("Latest figures for each system, 2026."))
            #expect(scorecard.text(CellAddress(row: 3, column: 1)) == "Name")
            // Figures the page writes as plain numbers (headcounts) are numbers in the workbook.
            #expect(workbook.sheets.contains { $0.cells.values.contains { if case .number = $0.value { true } else { false } } })
        }
    }

    @Test(arguments: [("/?download=csv&table=99", HTTPStatus.notFound), ("/?download=csv", .unprocessableEntity),
                      ("/?download=pdf&table=1", .unprocessableEntity), ("/?download=csv&table=0", .unprocessableEntity)])
    func aDownloadThatCannotBeMadeIsRefused(_ path: String, _ status: HTTPStatus) async throws {
        try await withParity { app in
            try await CommitmentFixture.create(in: app)
            try await CommitmentFixture.importS01Returns(in: app)
            #expect(try await TestBrowser(app).get(path).status == status)
        }
    }

    @Test func tablesAreReadAsTheirReaderSeesThem() {
        // given
        let html = """
            <table class="p-table"><caption class="p-table__caption">Counts &amp; shares</caption>
            <thead><tr><th scope="col">Name</th><th colspan="2">Two</th></tr></thead>
            <tbody><tr><th>A &lt;b&gt;<span class="p-visually-hidden">: more</span></th><td>1,234 <strong class="p-flag">Adverse</strong></td>
            <td><form><button>Revoke</button></form>&#8722;2.0</td></tr></tbody></table>
            <table class="p-table" data-download="none"><tr><td>skipped</td></tr></table>
            <table class="other"><tr><td>not ours</td></tr></table>
            """
        // when
        let tables = PageTableReader(Array(html.utf8)).tables()
        // then
        #expect(tables.count == 1)
        #expect(tables[0].caption == "Counts & shares")
        #expect(tables[0].rows.map(\.cells) == [["Name", "Two", ""], ["A <b>: more", "1,234 Adverse", "−2.0"]])
        #expect(tables[0].rows.map(\.isHeading) == [true, false])
        #expect(PageTableWorkbook.value("−2.0") == .number(-2))
        #expect(PageTableWorkbook.value("1,234") == .number(1234))
        #expect(PageTableWorkbook.value("1,2") == .text("1,2"))
        #expect(PageTableWorkbook.value("13.3%") == .text("13.3%"))
    }
}
