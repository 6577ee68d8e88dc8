import Foundation
import Testing
import VaporTesting
@testable import ParityServer

/// A `<script>` typed into free-text fields — a commitment's update, response and due-date
/// reasons, a panel comment, a sign-off's name, job title and late reason, an action plan's
/// action, owner and comment, a board's name, purpose and member, a challenge, a staff voice
/// experience — is shown as text on every page that shows it, never run; and no template
/// prints anything unescaped.
@Suite struct EscapingTests {
    static let script = "<script>alert('parity')</script>"
    static let escaped = "&lt;script&gt;alert(&#39;parity&#39;)&lt;/script&gt;"

    @Test func everyFreeTextFieldIsEscapedWhereverItIsShown() async throws {
        try await withParity { app in
            try await CycleFixture.create(in: app)
            let script = Self.script
            let id = try await CommitmentFixture.id(app, "Medium one", "S01")
            let lead = TestBrowser(app)
            try await lead.signIn(TestAccounts.systemLead.0)
            let commitment = "/commitments/\(id.uuidString)"
            #expect(try await lead.post(commitment + "/updates", form: ["text": script, "version": "1"]).status == .seeOther)
            #expect(try await lead.post(commitment + "/response", form: ["response": "decline", "reason": script, "version": "2"]).status == .seeOther)
            #expect(try await lead.post(commitment + "/due-date", form: ["agreedDue": "2027-12-31", "reason": script, "version": "3"]).status == .seeOther)
            let panel = TestBrowser(app)
            try await panel.signIn(TestAccounts.panel.0)
            #expect(try await panel.post(commitment + "/comments", form: ["text": script]).status == .seeOther)

            app.now = { CycleFixture.at("2026-12-12") }
            let signOff = TestBrowser(app)
            try await signOff.signIn(TestAccounts.dataLeadT01.0)
            #expect(try await signOff.post("/cycles/WRES/2026/T01/sign-off", form: ["name": script, "jobTitle": script, "lateReason": script]).status == .seeOther)

            #expect(try await signOff.post("/organisations/T01/action-plan", form: ["year": "2026"]).status == .seeOther)
            let added = try await ActionPlanFixture.addAction(signOff, ["what": script, "owner": script])
            #expect(added.status == .seeOther)
            #expect(try await signOff.post("/organisations/T01/action-plan/publish", form: ["year": "2026"]).status == .seeOther)
            let rater = TestBrowser(app)
            try await rater.signIn(TestAccounts.systemLead.0)
            #expect(try await rater.post("/organisations/T01/action-plan/comments", form: ["year": "2026", "kind": "challenge", "text": script]).status == .seeOther)

            let admin = TestBrowser(app)
            try await admin.signIn(TestAccounts.admin.0)
            // Pages that show the text, and pages that summarise it (where it must not run either).
            let showing = [commitment, "/cycles/WRES/2026", "/cycles/WRES/2026/T01", "/organisations/T01/action-plan"]
            let summarising = ["/accountability", "/systems/S01/action-plans", "/action-plans", "/audit"]
            for page in showing + summarising {
                var body = ""
                for browser in [signOff, rater, admin] { body += try await browser.get(page).body.string }
                #expect(!body.contains("<script>alert"), "\(page) would run the script")
                if showing.contains(page) { #expect(body.contains(Self.escaped), "\(page) does not show the text") }
            }
            // JSON carries the text as data, under a type no browser runs as a page.
            #expect(try await admin.get("/api/v1/cycles/WRES/2026").headers.contentType == .json)
        }
    }

    @Test func governanceChallengesAndStaffVoiceAreEscapedToo() async throws {
        try await withParity { app in
            try await TestRegion.create(on: app.db)
            try await TestAccounts.create(in: app)
            let script = Self.script
            let lead = TestBrowser(app)
            try await lead.signIn(TestAccounts.systemLead.0)
            let created = try await lead.post("/governance/S01/bodies", form: ["kind": "people-board", "name": "Board \(script)", "purpose": script, "cadence": "Monthly"])
            #expect(created.status == .seeOther)
            let body = try #require(try await BodyRow.query(on: app.db).first())
            #expect(try await lead.post("/bodies/\(body.id!.uuidString)/members", form: [
                "version": "1", "name": script, "role": "member", "start": "2026-01-01", "ethnicity": "bme", "disability": "non-disabled", "consent": "yes",
            ]).status == .seeOther)
            let panel = TestBrowser(app)
            try await panel.signIn(TestAccounts.panel.0)
            let raised = try await panel.post("/challenges", form: ["body": body.id!.uuidString, "subject": "", "text": "Why? \(script)"])
            #expect(raised.status == .seeOther)
            let challenge = try #require(raised.headers.first(name: .location))

            let slug = try await VoiceStore(database: app.db).link(system: "S01", now: testNow).slug
            let shared = try await TestBrowser(app).post("/voice/\(slug)/confirm", fields: [
                ("text", "It happened again. \(script)"), ("themes[]", "recruitment"), ("consent", "panel-only"), ("action", "send"),
            ], csrf: nil)
            #expect(shared.status == .created)

            for page in ["/bodies/\(body.id!.uuidString)", "/systems/S01/governance", challenge, "/challenges", "/systems/S01/voice"] {
                var text = ""
                for browser in [lead, panel] { text += try await browser.get(page).body.string }
                #expect(!text.contains("<script>alert"), "\(page) would run the script")
                #expect(text.contains(Self.escaped), "\(page) does not show the text")
            }
        }
    }

    @Test func noTemplatePrintsUnescapedText() throws {
        let views = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../../Resources/Views").standardized
        let files = FileManager.default.enumerator(at: views, includingPropertiesForKeys: nil)!.compactMap { $0 as? URL }.filter { $0.pathExtension == "leaf" }
        #expect(files.count > 20)
        for file in files {
            let text = try String(contentsOf: file, encoding: .utf8)
            #expect(!text.contains("#unsafeHTML"), "\(file.lastPathComponent) prints unescaped HTML")
            // `#svg` prints only markup it has checked (SVGTagTests), and only in the chart partials.
            if text.contains("#svg(") { #expect(["chart.leaf", "chart-compact.leaf"].contains(file.lastPathComponent)) }
        }
    }
}
