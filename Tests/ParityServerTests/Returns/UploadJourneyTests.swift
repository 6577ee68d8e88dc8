import Fluent
import ParityCore
import Testing
import VaporTesting
@testable import ParityServer

/// The upload journey as a new data lead meets it (issue 20, part 5).
@Suite struct UploadJourneyTests {
    @Test func theTemplateCarriesTheDataLeadsOwnOrganisation() async throws {
        try await withParity { app in
            // given
            try await TestRegion.create(on: app.db)
            try await TestAccounts.create(in: app)
            let lead = TestBrowser(app)
            try await lead.signIn(TestAccounts.dataLeadT01.0)
            // when
            let template = try await lead.get("/returns/template.csv")
            let anonymous = try await TestBrowser(app).get("/returns/template.csv")
            // then
            let rows = template.body.string.components(separatedBy: "\r\n").dropFirst().filter { !$0.isEmpty }
            #expect(!rows.isEmpty && rows.allSatisfy { $0.hasPrefix("T01,") })
            #expect(anonymous.body.string.components(separatedBy: "\r\n").dropFirst().filter { !$0.isEmpty }.allSatisfy { $0.hasPrefix("R0A,") })
        }
    }

    @Test func anotherOrganisationsTemplateGivesOneProblemNamingTheUsersOrganisation() async throws {
        try await withParity { app in
            // given: the template as another organisation's, every count filled in
            try await TestRegion.create(on: app.db)
            try await TestAccounts.create(in: app)
            let lead = TestBrowser(app)
            try await lead.signIn(TestAccounts.dataLeadT01.0)
            let template = ReturnTemplate.csv(standard: .wres, organisation: "R0A", year: 2026)
            let lines = template.components(separatedBy: "\r\n").filter { !$0.isEmpty }.enumerated().map { $0.offset == 0 ? $0.element : $0.element + "7" }
            // when
            let response = try await lead.upload(Array(lines.joined(separator: "\r\n").utf8), fileName: "template.csv")
            // then
            #expect(response.status == .unprocessableEntity)
            let page = response.body.string
            #expect(page.contains("\(lines.count - 1) rows from row 2 to row \(lines.count), column organisation: unknown organisation code &#39;R0A&#39;")
                    || page.contains("\(lines.count - 1) rows from row 2 to row \(lines.count), column organisation: unknown organisation code 'R0A'"))
            #expect(page.contains("your organisation is T01"))
            #expect(page.components(separatedBy: "unknown organisation code").count - 1 == 2, "once in the summary, once in the rows table")
            #expect(try await ReturnVersionRow.query(on: app.db).count() == 0)
        }
    }

    @Test func aProblemRowShowsTheRowAndTheOffendingCellOfACRLFFile() async throws {
        try await withParity { app in
            // given: Windows line ends, as the template and spreadsheets write them
            try await TestRegion.create(on: app.db)
            try await TestAccounts.create(in: app)
            let lead = TestBrowser(app)
            try await lead.signIn(TestAccounts.dataLeadT01.0)
            let file = "organisation,year,standard,indicator,measure,group,count\r\nT01,2026,WRES,2,shortlisted,white,40\r\nT01,2026,WRES,2,shortlisted,purple,5\r\n"
            // when
            let response = try await lead.upload(Array(file.utf8), fileName: "crlf.csv")
            // then
            #expect(response.status == .unprocessableEntity)
            let page = response.body.string
            #expect(page.contains("<code class=\"p-code--break\">T01,2026,WRES,2,shortlisted,purple,5</code>"))
            #expect(page.contains("Column group (&#39;purple&#39;)") || page.contains("Column group ('purple')"))
        }
    }

    @Test func submittingWithoutAFileAsksForOne() async throws {
        try await withParity { app in
            // given
            try await TestRegion.create(on: app.db)
            try await TestAccounts.create(in: app)
            let lead = TestBrowser(app)
            try await lead.signIn(TestAccounts.dataLeadT01.0)
            // when: the browser sends a nameless, empty file part
            let response = try await lead.upload([], fileName: "")
            // then
            #expect(response.status == .unprocessableEntity)
            #expect(response.body.string.contains("Choose a file to upload"))
            #expect(!response.body.string.contains("empty"))
        }
    }
}
