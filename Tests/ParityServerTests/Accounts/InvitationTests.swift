import Fluent
import Foundation
import ParityCore
import Testing
import VaporTesting
@testable import ParityServer

/// Keeps the messages the app would have emailed (their plain text as `body`), each after
/// `delay` (a slow mail relay).
final class RecordingMailSender: MailSender, @unchecked Sendable {
    private let lock = NSLock()
    private var kept: [(to: String, subject: String, body: String)] = []
    var delay = Duration.zero
    var destination: String { "the test's recorder" }

    var messages: [(to: String, subject: String, body: String)] { lock.withLock { kept } }

    func send(_ message: MailMessage, willTransmit: @Sendable () async throws -> Void) async throws -> String {
        try await Task.sleep(for: delay)
        try await willTransmit()
        lock.withLock { kept.append((message.to, message.subject, message.text)) }
        return "250 recorded"
    }

    /// The path of the first Parity link in the last message.
    var lastLinkPath: String? {
        messages.indices.last.flatMap(linkPath)
    }

    /// The path of the first Parity link in the message at `index`.
    func linkPath(_ index: Int) -> String? {
        let body = messages[index].body
        guard let range = body.range(of: #"https?://[^/\s]+(/\S+)"#, options: .regularExpression) else { return nil }
        return URLComponents(string: String(body[range]))?.path
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
            await app.backgroundWork.finish()
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

    @Test func anInvitationToAnExistingAccountNeverSetsItsPasswordNorSignsTheInviterIn() async throws {
        try await withParity { app in
            // given a system lead who invites the regional admin's address
            let mail = RecordingMailSender()
            app.mailSender = mail
            try await TestRegion.create(on: app.db)
            try await TestAccounts.create(in: app)
            let store = AccountStore(database: app.db)
            let adminBefore = try #require(try await store.user(email: TestAccounts.admin.0))
            let lead = TestBrowser(app)
            try await lead.signIn(TestAccounts.systemLead.0)
            let sent = try await lead.post("/admin/invitations", form: ["email": TestAccounts.admin.0, "role": "staff-network-lead", "scope": "system:S01"])
            #expect(sent.status == .ok)
            let path = try #require(mail.lastLinkPath)
            // when the lead opens the link they were shown and sets a password
            let page = try await lead.get(path)
            let taken = try await lead.post(path, form: ["name": "Lead", "password": "a long and unusual passphrase", "confirm": "a long and unusual passphrase"])
            // then nothing asks for a password, the attempt is refused and the admin's account is untouched
            #expect(page.status == .ok && !page.body.string.contains(#"id="password""#))
            #expect(taken.status == .forbidden)
            let adminAfter = try #require(try await store.user(email: TestAccounts.admin.0))
            #expect(adminAfter.passwordHash == adminBefore.passwordHash)
            #expect(adminAfter.grants.count == 1)
            #expect(try await SessionRow.query(on: app.db).filter(\.$user.$id == adminAfter.id!).count() == 0)
            let account = try await lead.get("/account").body.string
            #expect(account.contains(TestAccounts.systemLead.0) && !account.contains(TestAccounts.admin.0))
            #expect(try await TestBrowser(app).signIn(TestAccounts.admin.0, password: "a long and unusual passphrase").status == .unauthorized)
        }
    }

    @Test func theExistingUserSignedInAcceptsTheAddedGrantAndNobodyElseCan() async throws {
        try await withParity { app in
            // given an invitation for the data lead of T01 to lead T02 as well
            let mail = RecordingMailSender()
            app.mailSender = mail
            try await TestRegion.create(on: app.db)
            try await TestAccounts.create(in: app)
            let admin = TestBrowser(app)
            try await admin.signIn(TestAccounts.admin.0)
            try await admin.post("/admin/invitations", form: ["email": TestAccounts.dataLeadT01.0, "role": "organisation-data-lead", "scope": "organisation:T02"])
            let path = try #require(mail.lastLinkPath)
            let passwordBefore = try #require(try await AccountStore(database: app.db).user(email: TestAccounts.dataLeadT01.0)).passwordHash
            // when someone else, signed in or not, tries to accept it
            let other = TestBrowser(app)
            try await other.signIn(TestAccounts.dataLeadT02.0)
            let otherPage = try await other.get(path).body.string
            let byOther = try await other.post(path, form: [:])
            let byAnonymous = try await TestBrowser(app).post(path, form: [:])
            // then it is refused
            #expect(!otherPage.contains("Add the role to my account") && otherPage.contains("Sign in as \(TestAccounts.dataLeadT01.0)"))
            #expect(byOther.status == .forbidden && byAnonymous.status == .forbidden)
            #expect(try await AccountStore(database: app.db).user(email: TestAccounts.dataLeadT01.0)?.grants.count == 1)
            // when the invited user, signed in, accepts it
            let invitee = TestBrowser(app)
            try await invitee.signIn(TestAccounts.dataLeadT01.0)
            #expect(try await invitee.get(path).body.string.contains("Add the role to my account"))
            let accepted = try await invitee.post(path, form: [:])
            // then the grant is added, the password kept and the link spent
            #expect(accepted.status == .seeOther)
            let user = try #require(try await AccountStore(database: app.db).user(email: TestAccounts.dataLeadT01.0))
            #expect(Set(user.grants.compactMap(\.grant)) == [TestAccounts.dataLeadT01.1, RoleGrant(role: .organisationDataLead, scope: .organisation("T02"))])
            #expect(user.passwordHash == passwordBefore)
            #expect(try await invitee.get(path).status == .conflict)
        }
    }

    @Test(arguments: [
        (TestAccounts.systemLead.0, ["organisation-data-lead", "staff-network-lead", "system-lead"]),
        (TestAccounts.admin.0, ["organisation-data-lead", "staff-network-lead", "panel-member", "system-lead", "regional-admin"]),
    ])
    func theInvitationFormOffersOnlyTheRolesTheInviterMayGiveLeastPrivilegedFirst(inviter: String, roles: [String]) async throws {
        try await withParity { app in
            // given
            try await TestRegion.create(on: app.db)
            try await TestAccounts.create(in: app)
            let browser = TestBrowser(app)
            try await browser.signIn(inviter)
            // when
            let page = try await browser.get("/admin/invitations/new").body.string
            // then
            let select = try #require(page.firstMatch(of: /id="role"[^>]*>([\s\S]*?)<\/select>/)?.1)
            #expect(select.matches(of: /<option value="([a-z-]+)"/).map { String($0.1) } == roles)
            #expect(!select.contains("selected"))
        }
    }
}
