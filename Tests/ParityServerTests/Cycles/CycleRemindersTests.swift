import Fluent
import Foundation
import ParityCore
import Testing
import VaporTesting
@testable import ParityServer

/// `parity reminders send` from a daily scheduler: one reminder per organisation and offset,
/// never twice, only to organisations not signed off, and recorded.
@Suite struct CycleRemindersTests {
    @Test func eachOffsetRemindsOnceAndSignedOffOrganisationsAreLeftAlone() async throws {
        try await withParity { app in
            try await CycleFixture.create(in: app, deadline: ISODay.parse("2026-12-13")!) // 14 days after testNow
            let mail = RecordingMailSender()
            func run(_ day: String) async throws -> [CycleReminders.Sent] {
                try await CycleReminders(database: app.db, mail: MailDelivery(database: app.db, sender: mail, clock: { CycleFixture.at(day) }),
                                         from: app.mailFrom, baseURL: app.baseURL, now: CycleFixture.at(day)).send()
            }
            let first = try await run("2026-11-29")
            #expect(first.map(\.organisation).sorted() == ["T01", "T02", "U01"])
            #expect(first.allSatisfy { $0.offset == 14 })
            #expect(mail.messages.map(\.to).sorted() == [TestAccounts.dataLeadT01.0, TestAccounts.dataLeadT02.0])
            #expect(mail.messages.first?.subject.contains("WRES 2026 return") == true)
            #expect(first.first { $0.organisation == "U01" }?.recipients == 0, "recorded even with no data lead to write to")

            // The same day again, and the next day: nothing new.
            #expect(try await run("2026-11-29").isEmpty)
            #expect(try await run("2026-11-30").isEmpty)
            #expect(mail.messages.count == 2)

            // T01 signs off; at seven days only T02 and U01 are reminded.
            app.now = { CycleFixture.at("2026-12-01") }
            _ = try await CycleFixture.signOff(app, "T01", as: TestAccounts.dataLeadT01.0)
            #expect(try await run("2026-12-06").map(\.organisation).sorted() == ["T02", "U01"])
            #expect(try await ReminderRow.query(on: app.db).count() == 5)
            // After the deadline, no more.
            #expect(try await run("2026-12-14").isEmpty)
        }
    }
}
