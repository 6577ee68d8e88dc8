import Fluent
import ParityCore
import Testing
import VaporTesting
@testable import ParityServer

@Suite struct ReturnImportTests {
    @Test func aValidFileWritesOneVersionPerOrganisationAndYear() async throws {
        try await withParity { app in
            // given
            try await TestRegion.create(on: app.db)
            // when
            let receipt = try await ReturnImporter(database: app.db, now: testNow, actor: .commandLine, auditName: "test").importFile(try fixture("two-organisations-2026.csv"), fileName: "two.csv")
            // then
            #expect(receipt.versions.map(\.key.organisation) == ["T01", "T02"])
            #expect(receipt.versions.map(\.version) == [1, 1])
            let stored = try await ReturnVersionRow.query(on: app.db).all()
            #expect(stored.count == 2)
            #expect(stored.allSatisfy { $0.sourceName == "two.csv" && $0.sourceSHA256.count == 64 })
        }
    }

    @Test func importingTheSameYearAgainAddsAVersionAndKeepsTheOld() async throws {
        try await withParity { app in
            // given
            try await TestRegion.create(on: app.db)
            let importer = ReturnImporter(database: app.db, now: testNow, actor: .commandLine, auditName: "test")
            _ = try await importer.importFile(try fixture("two-organisations-2026.csv"), fileName: "first.csv")
            // when
            let second = try await importer.importFile(try fixture("two-organisations-2026.csv"), fileName: "second.csv")
            // then
            #expect(second.versions.map(\.version) == [2, 2])
            let t01 = try #require(try await StructureStore(database: app.db).organisation(code: "T01"))
            let history = try await ReturnStore(database: app.db).history(organisationID: t01.id!)
            #expect(history.map(\.version) == [2, 1])
            #expect(history.map(\.sourceName) == ["second.csv", "first.csv"])
        }
    }

    @Test func anInvalidFileWritesNothingAndListsEveryProblem() async throws {
        try await withParity { app in
            // given
            try await TestRegion.create(on: app.db)
            // when
            let error = await #expect(throws: ImportFailure.self) {
                try await ReturnImporter(database: app.db, now: testNow, actor: .commandLine, auditName: "test").importFile(try fixture("two-organisations-bad.csv"), fileName: "bad.csv")
            }
            // then
            let lines = try #require(error).issues.map(\.description)
            #expect(lines.contains { $0.hasPrefix("bad.csv:3:") })
            #expect(lines.contains { $0.hasPrefix("bad.csv:4:organisation:") })
            #expect(lines.contains { $0.hasPrefix("bad.csv:5:group:") })
            #expect(try await ReturnVersionRow.query(on: app.db).count() == 0)
        }
    }

    @Test func aDataLeadUploadsTheirOwnReturnOnTheWeb() async throws {
        try await withParity { app in
            // given
            try await TestRegion.create(on: app.db)
            try await TestAccounts.create(in: app)
            let browser = TestBrowser(app)
            try await browser.signIn(TestAccounts.admin.0)
            // when
            let response = try await browser.upload(try fixture("two-organisations-2026.csv"), fileName: "web.csv")
            // then
            #expect(response.status == .ok)
            #expect(response.body.string.contains("Return imported"))
            #expect(response.body.string.contains("/organisations/T02?year=2026"))
            #expect(try await ReturnVersionRow.query(on: app.db).count() == 2)
        }
    }

    @Test func aDataLeadCannotImportAnotherOrganisationsReturn() async throws {
        try await withParity { app in
            // given the file holds T01 and T02, and the lead is T01's
            try await TestRegion.create(on: app.db)
            try await TestAccounts.create(in: app)
            let browser = TestBrowser(app)
            try await browser.signIn(TestAccounts.dataLeadT01.0)
            // when
            let response = try await browser.upload(try fixture("two-organisations-2026.csv"), fileName: "both.csv")
            // then
            #expect(response.status == .forbidden)
            #expect(response.body.string.contains("T02"))
            #expect(try await ReturnVersionRow.query(on: app.db).count() == 0)
        }
    }

    @Test func uploadingNeedsSigningIn() async throws {
        try await withParity { app in
            try await TestRegion.create(on: app.db)
            let browser = TestBrowser(app)
            #expect(try await browser.get("/returns/upload").headers.first(name: .location) == "/sign-in?next=/returns/upload")
            #expect(try await browser.upload(try fixture("two-organisations-2026.csv"), fileName: "x.csv").status == .forbidden)
            #expect(try await ReturnVersionRow.query(on: app.db).count() == 0)
        }
    }

    @Test func aRejectedUploadShowsEveryErrorLinkedToItsRowAndSavesNothing() async throws {
        try await withParity { app in
            // given
            try await TestRegion.create(on: app.db)
            try await TestAccounts.create(in: app)
            let browser = TestBrowser(app)
            try await browser.signIn(TestAccounts.admin.0)
            // when
            let response = try await browser.upload(try fixture("two-organisations-bad.csv"), fileName: "bad.csv")
            // then
            #expect(response.status == .unprocessableEntity)
            let html = response.body.string
            #expect(html.contains("p-error-summary"))
            #expect(html.contains("href=\"#row-4\""))
            #expect(html.contains("id=\"row-5\""))
            #expect(html.contains("nothing was saved"))
            #expect(try await ReturnVersionRow.query(on: app.db).count() == 0)
        }
    }

    @Test func theTemplateListsEveryMeasureAsCSVForExcel() async throws {
        try await withParity { app in
            try await app.testing().test(.GET, "/returns/template.csv") { response in
                #expect(response.status == .ok)
                #expect(response.headers.contentType?.subType == "csv")
                let text = response.body.string
                #expect(text.hasPrefix("\u{FEFF}organisation,year,standard,indicator,measure,group,count"))
                #expect(text.contains("board:non-voting-non-executive"))
                #expect(text.contains("headcount:medical:consultant"))
            }
        }
    }

    @Test func theOrganisationsLeadSeesTheHistoryWithChecksumsAndOthersDoNot() async throws {
        try await withParity { app in
            // given
            try await TestRegion.create(on: app.db)
            try await TestAccounts.create(in: app)
            _ = try await ReturnImporter(database: app.db, now: testNow, actor: .commandLine, auditName: "test").importFile(try fixture("two-organisations-2026.csv"), fileName: "two.csv")
            let owner = TestBrowser(app)
            try await owner.signIn(TestAccounts.dataLeadT01.0)
            let other = TestBrowser(app)
            try await other.signIn(TestAccounts.dataLeadT02.0)
            // when
            let seen = try await owner.get(SitePath.organisationHistory("T01").href)
            let refused = try await other.get(SitePath.organisationHistory("T01").href)
            // then
            #expect(seen.status == .ok)
            #expect(seen.body.string.contains("two.csv"))
            #expect(seen.body.string.contains("SHA-256"))
            #expect(refused.status == .forbidden)
            #expect(!refused.body.string.contains("two.csv"))
        }
    }

    @Test func everyImportIsAuditedWithItsFileSizeAndChecksum() async throws {
        try await withParity { app in
            try await TestRegion.create(on: app.db)
            let bytes = try fixture("two-organisations-2026.csv")
            _ = try await ReturnImporter(database: app.db, now: testNow, actor: .commandLine, auditName: "command line").importFile(bytes, fileName: "two.csv")
            let events = try await AuditEventRow.query(on: app.db).filter(\.$action == "return.imported").all()
            #expect(events.map(\.subject).sorted() == ["T01 WRES 2026 version 1", "T02 WRES 2026 version 1"])
            #expect(events.allSatisfy { $0.actor == "command line" && ($0.after ?? "").contains("\"bytes\":\(bytes.count)") && ($0.after ?? "").contains("two.csv") })
        }
    }
}
