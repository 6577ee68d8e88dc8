import Fluent
import Foundation
import ParityCore
import Testing
import VaporTesting
@testable import ParityServer

/// Invitations, password resets and reminders through a real SMTP relay on loopback
/// (aiosmtpd, `Tests/SMTPRelay`): what arrives, and what the administrator sees when the
/// relay refuses or is down.
@Suite struct MailDeliveryTests {
    @Test func anInvitationArrivesWithItsRecipientSubjectAndLink() async throws {
        let relay = try SMTPTestRelay.start()
        defer { relay.stop() }
        try await withMailRelay("smtp://127.0.0.1:\(relay.port)?tls=none") { app in
            // when
            let (_, page) = try await MailRelayFixture.invite("New.Person@Test.invalid", in: app)
            // then one message arrives, to the invitee, with a link that works
            let messages = try relay.messages()
            #expect(messages.count == 1)
            let mail = try #require(messages.first)
            #expect(mail.recipients == ["new.person@test.invalid"])
            #expect(mail.mailFrom == "parity@example.nhs.uk")
            #expect(mail.header("To") == "<new.person@test.invalid>")
            #expect(mail.header("Subject") == "You are invited to Parity")
            let text = try #require(mail.body("text/plain"))
            let path = try #require(MailRelayFixture.linkPath(in: text))
            #expect(path.hasPrefix("/invitations/"))
            #expect(try #require(mail.body("text/html")).contains("href=\"\(MailRelayFixture.baseURL)\(path)\""))
            #expect(page.contains("We have emailed them the link"))
            #expect(try await TestBrowser(app).get(path).status == .ok)
            let row = try #require(try await OutboxMessageRow.query(on: app.db).first())
            #expect(row.state == "sent" && row.attempts == 1 && row.relayReply?.contains("Queued as") == true)
            #expect(row.textBody.isEmpty, "a sent message keeps no copy of its one-time link")
        }
    }

    @Test func withoutARelayTheMailGoesToTheLogAndThePageSaysSo() async throws {
        try await withParity { app in
            // given no PARITY_SMTP_URL
            try await TestRegion.create(on: app.db)
            try await TestAccounts.create(in: app)
            // when
            let (_, page) = try await MailRelayFixture.invite("logged@test.invalid", in: app)
            // then
            #expect(page.contains("written to the server's log") && !page.contains("We have emailed"))
            let row = try #require(try await OutboxMessageRow.query(on: app.db).first())
            #expect(row.state == OutboxState.sent.rawValue && row.relayReply == "written to the log")
        }
    }

    @Test func aPasswordResetArrives() async throws {
        let relay = try SMTPTestRelay.start()
        defer { relay.stop() }
        try await withMailRelay("smtp://127.0.0.1:\(relay.port)?tls=none") { app in
            // when
            try await TestBrowser(app).post("/password-reset", form: ["email": TestAccounts.panel.0])
            await app.backgroundWork.finish()
            // then
            let mail = try #require(try relay.messages().first)
            #expect(mail.recipients == [TestAccounts.panel.0])
            #expect(mail.header("Subject") == "Reset your Parity password")
            let text = try #require(mail.body("text/plain"))
            let path = try #require(MailRelayFixture.linkPath(in: text))
            #expect(path.hasPrefix("/password-reset/"))
            #expect(try await TestBrowser(app).get(path).status == .ok)
        }
    }

    @Test func aReminderIsSentOnceWhenTheSenderRunsTwice() async throws {
        let relay = try SMTPTestRelay.start()
        defer { relay.stop() }
        let relayURL = try SMTPRelay.parse("smtp://127.0.0.1:\(relay.port)?tls=none")
        try await withParity(adjust: { $0.smtpRelay = relayURL; $0.mailFrom = MailRelayFixture.from; $0.baseURL = MailRelayFixture.baseURL }) { app in
            // given a cycle due in 14 days with two data leads to remind
            try await CycleFixture.create(in: app, deadline: ISODay.parse("2026-12-13")!)
            let reminders = CycleReminders(database: app.db, mail: MailDelivery(app: app), from: app.mailFrom, baseURL: app.baseURL, now: testNow)
            // when the daily sender runs twice, and the outbox is worked through again
            _ = try await reminders.send()
            _ = try await reminders.send()
            try await MailDelivery(app: app).deliverDue()
            // then each data lead has one reminder, linking to their return
            let messages = try relay.messages()
            #expect(messages.flatMap(\.recipients).sorted() == [TestAccounts.dataLeadT01.0, TestAccounts.dataLeadT02.0])
            #expect(messages.allSatisfy { $0.header("Subject")?.hasPrefix("WRES 2026 return for") == true })
            #expect(messages.compactMap { $0.body("text/plain") }.allSatisfy { $0.contains("\(MailRelayFixture.baseURL)/cycles/WRES/2026/T0") })
            #expect(Set(messages.compactMap { $0.header("Message-ID") }).count == messages.count, "every message has a Message-ID of its own")
        }
    }

    @Test func aRelayThatRefusesLeavesTheInvitationUsableAndTheFailureShownUntilSentAgain() async throws {
        let relay = try SMTPTestRelay.start()
        defer { relay.stop() }
        try await withMailRelay("smtp://127.0.0.1:\(relay.port)?tls=none") { app in
            // given a relay that answers 550 to RCPT TO
            try relay.refusesRecipients(true)
            // when the admin invites
            let (admin, page) = try await MailRelayFixture.invite("refused@test.invalid", in: app)
            // then nothing arrives, the page says why and shows the link, which works
            #expect(try relay.messages().isEmpty)
            #expect(page.contains("The email has not gone yet") && page.contains("550"))
            let path = try #require(MailRelayFixture.linkPath(in: page))
            #expect(try await TestBrowser(app).get(path).status == .ok)
            // and the users page and the mail page show the failure; a 5xx is not retried on its own
            let users = try await admin.get("/admin/users").body.string
            #expect(users.contains("refused@test.invalid") && users.contains("Not sent") && users.contains("550"))
            app.now = { testNow.addingTimeInterval(120) }
            #expect(try await MailDelivery(app: app).deliverDue() == 0)
            let outbox = try await admin.get("/admin/mail").body.string
            #expect(outbox.contains("Not sent") && outbox.contains("Send again"))
            // and only a regional admin may send it again
            try relay.refusesRecipients(false)
            let row = try #require(try await OutboxMessageRow.query(on: app.db).first())
            let systemLead = TestBrowser(app)
            try await systemLead.signIn(TestAccounts.systemLead.0)
            #expect(try await systemLead.post(SitePath.mailSendAgain(row.id!).href, form: [:]).status == .forbidden)
            #expect(try await TestBrowser(app).post(SitePath.mailSendAgain(row.id!).href, form: [:]).status == .forbidden)
            #expect(try relay.messages().isEmpty)
            // when the relay is fixed and the admin sends it again
            #expect(try await admin.post(SitePath.mailSendAgain(row.id!).href, form: [:]).status == .seeOther)
            try await MailDelivery(app: app).deliverDue()
            // then it arrives once, with the same link
            let messages = try relay.messages()
            #expect(messages.count == 1)
            #expect(MailRelayFixture.linkPath(in: messages.first?.body("text/plain") ?? "") == path)
            #expect(!(try await admin.get("/admin/users").body.string.contains("Not sent")))
            let actions = try await AuditEventRow.query(on: app.db).all(\.$action)
            #expect(actions.contains("mail.sent-again"))
        }
    }

    @Test func aRelayThatIsDownLeavesTheInvitationUsableAndARetryDeliversItOnce() async throws {
        let port = try SMTPTestRelay.freePort()
        try await withMailRelay("smtp://127.0.0.1:\(port)?tls=none") { app in
            // when the admin invites while the relay is down
            let (admin, page) = try await MailRelayFixture.invite("waiting@test.invalid", in: app)
            // then the page and the users page say the email is waiting, and why
            #expect(page.contains("The email has not gone yet") && page.contains("could not connect"))
            let path = try #require(MailRelayFixture.linkPath(in: page))
            #expect(try await TestBrowser(app).get(path).status == .ok)
            let users = try await admin.get("/admin/users").body.string
            #expect(users.contains("Waiting to be sent") && users.contains("could not connect"))
            // when the relay comes back: before the back-off has passed nothing is tried, after it
            // two workers at once (two instances) send the message once between them
            let relay = try SMTPTestRelay.start(port: port)
            defer { relay.stop() }
            #expect(try await MailDelivery(app: app).deliverDue() == 0)
            app.now = { testNow.addingTimeInterval(61) }
            async let first = MailDelivery(app: app).deliverDue()
            async let second = MailDelivery(app: app).deliverDue()
            #expect(try await first + second == 1)
            #expect(try await MailDelivery(app: app).deliverDue() == 0)
            let messages = try relay.messages()
            #expect(messages.count == 1)
            #expect(MailRelayFixture.linkPath(in: messages.first?.body("text/plain") ?? "") == path)
            let row = try #require(try await OutboxMessageRow.query(on: app.db).first())
            #expect(row.state == "sent" && row.attempts == 2)
        }
    }

    @Test func aRelayThatHangsDoesNotHoldThePageAndItsAttemptEndsInTheBackground() async throws {
        let relay = try SMTPTestRelay.start(silent: true)
        defer { relay.stop() } // again, when the test stopped early
        try await withMailRelay("smtp://127.0.0.1:\(relay.port)?tls=none") { app in
            // given a message waiting and a relay that takes the connection and never answers
            let message = AccountMail.passwordReset(link: "https://parity.example.nhs.uk/password-reset/x")
                .message(from: MailRelayFixture.from, to: "slow@test.invalid", now: testNow)
            let id = try await Outbox(database: app.db, now: testNow).enqueue(message, key: "test:slow", kind: .passwordReset)
            // when a request tries it now, with little patience
            let clock = ContinuousClock()
            let started = clock.now
            let seen = try #require(await app.deliverNow(id, patience: .milliseconds(500)))
            // then the request goes on while the attempt is still sending
            #expect(clock.now - started < .seconds(5))
            #expect(seen.state == OutboxState.connecting.rawValue)
            #expect(InvitationSentPage.mailProblem(seen)?.contains("has not answered yet") == true)
            // and when the relay drops the connection, the attempt ends as one to try again
            relay.stop()
            await app.backgroundWork.finish()
            let row = try #require(try await OutboxMessageRow.find(id, on: app.db))
            #expect(row.state == OutboxState.queued.rawValue && row.lastError?.contains("closed the connection") == true)
        }
    }

    @Test func anAttemptThatDiedBeforeTheMessageWentIsRetriedAndOneThatDiedWhileItWentIsNot() async throws {
        let relay = try SMTPTestRelay.start()
        defer { relay.stop() }
        try await withParity(adjust: { $0.smtpRelay = try? SMTPRelay.parse("smtp://127.0.0.1:\(relay.port)?tls=none"); $0.mailFrom = MailRelayFixture.from }) { app in
            // given two messages whose attempts died with their process: one while connecting, one while transmitting
            let outbox = Outbox(database: app.db, now: testNow)
            var ids: [UUID] = []
            for (index, state) in [OutboxState.connecting, .transmitting].enumerated() {
                let message = AccountMail.passwordReset(link: "https://parity.example.nhs.uk/password-reset/x\(index)")
                    .message(from: MailRelayFixture.from, to: "died\(index)@test.invalid", now: testNow)
                let id = try await outbox.enqueue(message, key: "test:\(index)", kind: .passwordReset)
                try await OutboxMessageRow.query(on: app.db).filter(\.$id == id)
                    .set(\.$state, to: state.rawValue).set(\.$leaseUntil, to: testNow.addingTimeInterval(600)).set(\.$attempts, to: 1).update()
                ids.append(id)
            }
            // when the outbox is worked through before and after their leases pass
            #expect(try await MailDelivery(app: app).deliverDue() == 0)
            app.now = { testNow.addingTimeInterval(601) }
            #expect(try await MailDelivery(app: app).deliverDue() == 1)
            // then the one that had not gone is sent, the other is left to the admin
            #expect(try relay.messages().flatMap(\.recipients) == ["died0@test.invalid"])
            #expect(try await OutboxMessageRow.find(ids[1], on: app.db)?.state == OutboxState.uncertain.rawValue)
        }
    }
}
