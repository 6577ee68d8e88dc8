import Fluent
import Foundation
import ParityCore
import Testing
import VaporTesting
@testable import ParityServer

/// Keeps the messages the app would have emailed.
final class RecordingMailSender: MailSender, @unchecked Sendable {
    private(set) var messages: [(to: String, subject: String, body: String)] = []

    func send(to address: String, subject: String, body: String) async throws {
        messages.append((address, subject, body))
    }

    /// The path of the first Parity link in the last message.
    var lastLinkPath: String? {
        guard let body = messages.last?.body, let range = body.range(of: #"https?://[^/\s]+(/\S+)"#, options: .regularExpression) else { return nil }
        let url = String(body[range])
        return URLComponents(string: url)?.path
    }
}

@Suite struct InvitationTests {
    @Test func anAdminInvitesAUserWhoAcceptsAndIsSignedIn() async throws {
        try await withParity { app in
            // given
            let mail = RecordingMailSender()
            app.mailSender = mail
            try await TestRegion.create(on: app.db)
            try await TestAccounts.create(in: app)
            let admin = TestBrowser(app)
            try await admin.signIn(TestAccounts.admin.0)
            // when the admin invites
            let sent = try await admin.post("/admin/invitations", form: ["email": "New.Person@Test.invalid", "role": "organisation-data-lead", "scope": "organisation:T02"])
            // then the link is shown and mailed
            #expect(sent.status == .ok)
            let path = try #require(mail.lastLinkPath)
            #expect(sent.body.string.contains(path))
            #expect(mail.messages.last?.to == "new.person@test.invalid")
            // when the invitee sets a password
            let invitee = TestBrowser(app)
            #expect(try await invitee.get(path).status == .ok)
            let weak = try await invitee.post(path, form: ["name": "New Person", "password": "password1234", "confirm": "password1234"])
            #expect(weak.status == .unprocessableEntity)
            let accepted = try await invitee.post(path, form: ["name": "New Person", "password": "a long and unusual passphrase", "confirm": "a long and unusual passphrase"])
            // then they are signed in with the role, and the link is spent
            #expect(accepted.status == .seeOther)
            #expect(try await invitee.get("/account").body.string.contains("Organisation T02"))
            #expect(try await TestBrowser(app).get(path).status == .conflict)
            let actions = try await AuditEventRow.query(on: app.db).all(\.$action)
            #expect(actions.contains("invitation.sent") && actions.contains("invitation.accepted") && actions.contains("user.created"))
        }
    }

    @Test func anInvitationExpiresAfterSevenDays() async throws {
        try await withParity { app in
            let mail = RecordingMailSender()
            app.mailSender = mail
            try await TestRegion.create(on: app.db)
            try await TestAccounts.create(in: app)
            let admin = TestBrowser(app)
            try await admin.signIn(TestAccounts.admin.0)
            try await admin.post("/admin/invitations", form: ["email": "late@test.invalid", "role": "panel-member", "scope": "region"])
            app.now = { testNow.addingTimeInterval(7 * 24 * 3600 + 1) }
            let response = try await TestBrowser(app).get(try #require(mail.lastLinkPath))
            #expect(response.status == .conflict)
            #expect(response.body.string.contains("expired"))
        }
    }

    @Test func aSystemLeadInvitesOnlyIntoTheirOwnSystem() async throws {
        try await withParity { app in
            try await TestRegion.create(on: app.db)
            try await TestAccounts.create(in: app)
            let lead = TestBrowser(app)
            try await lead.signIn(TestAccounts.systemLead.0)
            let own = try await lead.post("/admin/invitations", form: ["email": "a@test.invalid", "role": "organisation-data-lead", "scope": "organisation:T01"])
            let regional = try await lead.post("/admin/invitations", form: ["email": "b@test.invalid", "role": "regional-admin", "scope": "region"])
            #expect(own.status == .ok)
            #expect(regional.status == .forbidden)
            let dataLead = TestBrowser(app)
            try await dataLead.signIn(TestAccounts.dataLeadT01.0)
            #expect(try await dataLead.get("/admin/invitations/new").status == .forbidden)
        }
    }

    @Test func aPasswordResetWorksOnceAndEndsOtherSessions() async throws {
        try await withParity { app in
            // given
            let mail = RecordingMailSender()
            app.mailSender = mail
            try await TestAccounts.create(in: app)
            let elsewhere = TestBrowser(app)
            try await elsewhere.signIn(TestAccounts.panel.0)
            // when
            let asked = try await TestBrowser(app).post("/password-reset", form: ["email": TestAccounts.panel.0])
            let askedUnknown = try await TestBrowser(app).post("/password-reset", form: ["email": "nobody@test.invalid"])
            // then both get the same answer; only the real account gets mail
            #expect(asked.body.string.contains("If that address has a Parity account"))
            #expect(askedUnknown.body.string.contains("If that address has a Parity account"))
            #expect(mail.messages.count == 1)
            let path = try #require(mail.lastLinkPath)
            let browser = TestBrowser(app)
            let reset = try await browser.post(path, form: ["password": "a brand new passphrase here", "confirm": "a brand new passphrase here"])
            #expect(reset.status == .seeOther)
            #expect(try await elsewhere.get("/account").status == .seeOther)
            #expect(try await TestBrowser(app).signIn(TestAccounts.panel.0, password: "a brand new passphrase here").status == .seeOther)
            #expect(try await TestBrowser(app).get(path).status == .conflict)
            let actions = try await AuditEventRow.query(on: app.db).all(\.$action)
            #expect(actions.contains("password.reset-requested") && actions.contains("password.changed"))
        }
    }
}
