import Fluent
import Foundation
import ParityCore
import SQLKit
import Testing
import VaporTesting
@testable import ParityServer

@Suite struct StaffVoiceTests {
    static let experience = "My manager passed me over for the band 7 post three times; write to me at jo.bloggs@nhs.net or on 07700 900123."

    private func setUp(_ app: Application) async throws -> String {
        try await TestRegion.create(on: app.db)
        try await TestAccounts.create(in: app)
        return try await VoiceStore(database: app.db).link(system: "S01", now: testNow).slug
    }

    static func fields(text: String = experience, themes: [String] = ["progression"], extra: [(String, String)] = []) -> [(String, String)] {
        [("text", text)] + themes.map { ("themes[]", $0) } + [("organisation", "T01"), ("ethnicity", "bme"), ("consent", "panel-only")] + extra
    }

    /// Shares an experience through the link and returns the receipt code.
    static func share(_ browser: TestBrowser, slug: String, text: String = experience, themes: [String] = ["progression"]) async throws -> String {
        let response = try await browser.post("/voice/\(slug)/confirm", fields: fields(text: text, themes: themes, extra: [("action", "send")]), csrf: nil)
        #expect(response.status == .created)
        let body = response.body.string
        let match = try #require(body.firstMatch(of: /id="receipt-code">([0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4})</))
        return String(match.1)
    }

    private func storedCount(_ app: Application) async throws -> Int {
        try await VoiceSubmissionRow.query(on: app.db).count()
    }

    @Test func theStoredRowHoldsNothingThatIdentifiesItsAuthor() async throws {
        try await withParity { app in
            // given
            let slug = try await setUp(app)
            let browser = TestBrowser(app)
            // when
            let response = try await browser.post("/voice/\(slug)/confirm", fields: Self.fields(extra: [("action", "send")]), csrf: nil)
            // then
            #expect(response.status == .created)
            #expect(response.headers.setCookie == nil, "sharing sets no cookie")
            #expect(response.headers.first(name: .cacheControl) == "no-store")
            let rows = try await (app.db as! any SQLDatabase).raw("SELECT * FROM voice_submissions").all()
            let row = try #require(rows.first)
            #expect(Set(row.allColumns) == [
                "id", "system_code", "organisation_code", "week", "text", "redactions", "themes", "staff_group", "band",
                "ethnicity", "disability", "consent", "status", "hold_reason", "response", "receipt_hash",
            ])
            let stored = try #require(try await VoiceSubmissionRow.query(on: app.db).first())
            #expect(stored.week == "2026-W48")
            #expect(!stored.text.contains("jo.bloggs") && !stored.text.contains("900123"))
            #expect(stored.receiptHash.count == 64)
            #expect(try await AuditEventRow.query(on: app.db).filter(\.$action ~~ ["voice.moderated", "voice.link-created"]).count() == 0)
        }
    }

    @Test func identifiersAreRedactedAndShownBeforeAnythingIsStored() async throws {
        try await withParity { app in
            // given
            let slug = try await setUp(app)
            let browser = TestBrowser(app)
            // when
            let check = try await browser.post("/voice/\(slug)", fields: Self.fields(), csrf: nil)
            // then
            #expect(check.status == .ok)
            #expect(check.body.string.contains("We removed 1 email address and 1 phone number"))
            #expect(check.body.string.contains("[email address removed]"))
            #expect(!check.body.string.contains("jo.bloggs@nhs.net"))
            #expect(try await storedCount(app) == 0)
            // when the person confirms
            _ = try await Self.share(browser, slug: slug)
            let stored = try #require(try await VoiceSubmissionRow.query(on: app.db).first())
            #expect(stored.text.contains("[email address removed]") && stored.text.contains("[phone number removed]"))
            #expect(stored.redactions == "email:1,phone:1")
        }
    }

    @Test func whatTheCheckPageRemovedIsRecordedWhenTheRedactedTextIsSent() async throws {
        try await withParity { app in
            // given the text as the check page hands it back, already redacted
            let slug = try await setUp(app)
            let redacted = Redactor.redact(Self.experience).text
            // when the person sends it
            _ = try await Self.share(TestBrowser(app), slug: slug, text: redacted)
            // then the record still says what was removed
            let stored = try #require(try await VoiceSubmissionRow.query(on: app.db).first())
            #expect(stored.text == redacted)
            #expect(stored.redactions == "email:1,phone:1")
        }
    }

    @Test func aFormWithMistakesSaysWhatIsWrongAndStoresNothing() async throws {
        try await withParity { app in
            let slug = try await setUp(app)
            let response = try await TestBrowser(app).post("/voice/\(slug)", fields: [("text", "Too short"), ("organisation", "ZZZ")], csrf: nil)
            #expect(response.status == .unprocessableEntity)
            let body = response.body.string
            #expect(body.contains("href=\"#text\""))
            #expect(body.contains("href=\"#themes\""))
            #expect(body.contains("href=\"#consent\""))
            #expect(body.contains("Select an organisation of this system"))
            #expect(body.contains("Too short"), "what was typed is kept")
            #expect(try await storedCount(app) == 0)
        }
    }

    @Test func theReceiptCodeShowsStatusRepliesAndWithdraws() async throws {
        try await withParity { app in
            // given
            let slug = try await setUp(app)
            let staff = TestBrowser(app)
            let code = try await Self.share(staff, slug: slug)
            // then it is waiting
            var status = try await staff.post("/receipt", fields: [("code", code.lowercased().replacingOccurrences(of: "-", with: " "))], csrf: nil)
            #expect(status.status == .ok)
            #expect(status.body.string.contains("Waiting for moderation"))
            // when the network lead publishes it with a reply
            let lead = TestBrowser(app)
            try await lead.signIn(TestAccounts.networkLead.0)
            let id = try #require(try await VoiceSubmissionRow.query(on: app.db).first()?.id)
            let moderated = try await lead.post("/systems/S01/voice/\(id.uuidString)", form: ["decision": "published", "response": "We took this to the People Board."])
            #expect(moderated.status == .seeOther)
            status = try await staff.post("/receipt", fields: [("code", code)], csrf: nil)
            #expect(status.body.string.contains("Shared with the panel and the system"))
            #expect(status.body.string.contains("We took this to the People Board."))
            // when they withdraw without ticking the box
            let unconfirmed = try await staff.post("/receipt/withdraw", fields: [("code", code)], csrf: nil)
            #expect(unconfirmed.status == .unprocessableEntity)
            #expect(try await storedCount(app) == 1)
            // when they confirm
            let withdrawn = try await staff.post("/receipt/withdraw", fields: [("code", code), ("confirm", "yes")], csrf: nil)
            #expect(withdrawn.status == .ok)
            #expect(try await storedCount(app) == 0, "deleted, not hidden")
            let after = try await staff.post("/receipt", fields: [("code", code)], csrf: nil)
            #expect(after.status == .notFound)
        }
    }

    @Test func aLinkTakesAtMostItsHourlyAllowance() async throws {
        try await withParity { app in
            let slug = try await setUp(app)
            let browser = TestBrowser(app)
            for _ in 0..<VoiceRateLimit.perLinkPerHour { _ = try await Self.share(browser, slug: slug) }
            let refused = try await browser.post("/voice/\(slug)/confirm", fields: Self.fields(extra: [("action", "send")]), csrf: nil)
            #expect(refused.status == .tooManyRequests)
            #expect(refused.body.string.contains("Copy what you wrote"), "the person's text is given back, not lost")
            #expect(try await storedCount(app) == VoiceRateLimit.perLinkPerHour)
        }
    }

    @Test func aFilledHoneypotStoresNothing() async throws {
        try await withParity { app in
            let slug = try await setUp(app)
            let response = try await TestBrowser(app).post("/voice/\(slug)/confirm", fields: Self.fields(extra: [("website", "http://spam.example"), ("action", "send")]), csrf: nil)
            #expect(response.status == .ok)
            #expect(try await storedCount(app) == 0)
        }
    }

    @Test(arguments: [
        (TestAccounts.networkLead.0, HTTPStatus.ok), (TestAccounts.systemLead.0, .ok), (TestAccounts.admin.0, .ok),
        (TestAccounts.panel.0, .forbidden), (TestAccounts.dataLeadT01.0, .forbidden),
    ])
    func onlyTheSystemsModeratorsModerate(email: String, expected: HTTPStatus) async throws {
        try await withParity { app in
            // given
            let slug = try await setUp(app)
            _ = try await Self.share(TestBrowser(app), slug: slug)
            let id = try #require(try await VoiceSubmissionRow.query(on: app.db).first()?.id)
            let browser = TestBrowser(app)
            try await browser.signIn(email)
            // when
            let queue = try await browser.get("/systems/S01/voice")
            let decision = try await browser.post("/systems/S01/voice/\(id.uuidString)", form: ["decision": "published"])
            // then
            #expect(queue.status == expected)
            #expect(decision.status == (expected == .ok ? .seeOther : .forbidden))
            let status = try await VoiceSubmissionRow.find(id, on: app.db)?.status
            #expect(status == (expected == .ok ? "published" : "pending"))
        }
    }

    @Test func holdingBackNeedsAReasonAndNeverChangesTheText() async throws {
        try await withParity { app in
            let slug = try await setUp(app)
            _ = try await Self.share(TestBrowser(app), slug: slug)
            let row = try #require(try await VoiceSubmissionRow.query(on: app.db).first())
            let lead = TestBrowser(app)
            try await lead.signIn(TestAccounts.systemLead.0)
            let refused = try await lead.post("/systems/S01/voice/\(row.id!.uuidString)", form: ["decision": "held"])
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.body.string.contains("Enter why it is held back"))
            let held = try await lead.post("/systems/S01/voice/\(row.id!.uuidString)", form: ["decision": "held", "reason": "Names a small team"])
            #expect(held.status == .seeOther)
            let after = try #require(try await VoiceSubmissionRow.find(row.id, on: app.db))
            #expect(after.status == "held" && after.holdReason == "Names a small team" && after.text == row.text)
            #expect(try await AuditEventRow.query(on: app.db).filter(\.$action == "voice.moderated").count() == 1)
        }
    }

    @Test func theQRCodeEncodesTheLink() async throws {
        try await withParity { app in
            let slug = try await setUp(app)
            let response = try await TestBrowser(app).get("/voice/\(slug)/qr.svg")
            #expect(response.status == .ok)
            #expect(response.headers.contentType?.description.hasPrefix("image/svg+xml") == true)
            #expect(response.body.string.contains("/voice/\(slug)"))
            #expect(try await TestBrowser(app).get("/voice/not-a-link").status == .notFound)
        }
    }
}
