import Fluent
import Foundation
import ParityCore

/// Sends the reminders due today (`ReminderSchedule`) to the data leads of organisations that
/// have not signed off, through the same outbox as invitations. It is run by
/// `parity reminders send` from a daily scheduler. Each reminder is recorded under a unique
/// (cycle, organisation, offset) key in the same transaction as its messages, each under a
/// key of its own in the outbox, so a run repeated, or two runs at once, never remind anyone
/// twice for the same offset, and a message that could not be sent is tried again by the
/// outbox (`MailDelivery`), not by another reminder.
struct CycleReminders {
    let database: Database
    let mail: MailDelivery
    let from: MailAddress
    /// `PARITY_BASE_URL`, which the reminder's link starts with.
    let baseURL: String
    let now: Date
    var schedule = ReminderSchedule.standard

    struct Sent: Sendable {
        var cycle: String
        var organisation: String
        var offset: Int
        var recipients: Int
    }

    func send() async throws -> [Sent] {
        let structure = try await StructureStore(database: database).structure(asAt: now)
        let store = CycleStore(database: database)
        var sent: [Sent] = []
        for row in try await store.cycles() {
            let cycle = row.cycle
            guard let latest = schedule.offsets.first, (0...latest).contains(cycle.daysToDeadline(today: now)) else { continue }
            let reminded = Dictionary(grouping: try await ReminderRow.query(on: database).filter(\.$cycle.$id == row.id!).all(), by: \.organisationCode)
            for tracked in try await store.tracker(row, structure: structure, today: now) {
                let code = tracked.organisation.code
                let already = Set((reminded[code] ?? []).map(\.offsetDays))
                guard let offset = schedule.due(in: cycle, today: now, signedOff: tracked.facts.isSignedOff, sent: already) else { continue }
                let leads = try await dataLeads(of: code)
                let record = ReminderRow(cycleID: row.id!, organisationCode: code, offsetDays: offset, sentAt: now, recipients: leads.count)
                let email = self.email(tracked, cycle: cycle, offset: offset)
                let mailIDs: [UUID]
                do {
                    mailIDs = try await database.transaction { database in
                        try await record.create(on: database)
                        var ids: [UUID] = []
                        for address in leads {
                            ids.append(try await Outbox(database: database, now: now).enqueue(
                                email.message(from: from, to: address, now: now), key: "reminder:\(row.id!.uuidString.lowercased()):\(code):\(offset):\(address)", kind: .reminder))
                        }
                        try await AuditLog(database: database, actor: "parity reminders", now: now).record(
                            .reminderSent, subject: "\(code) \(cycle.name) \(offset) days", after: ["recipients": leads.count])
                        return ids
                    }
                } catch let error as any DatabaseError where error.isConstraintFailure {
                    continue // another run recorded this reminder first
                }
                for id in mailIDs { try await mail.deliver(id) }
                sent.append(Sent(cycle: cycle.name, organisation: code, offset: offset, recipients: leads.count))
            }
        }
        return sent
    }

    /// The addresses of the organisation's data leads.
    private func dataLeads(of organisation: String) async throws -> [String] {
        try await GrantRow.query(on: database)
            .filter(\.$role == Role.organisationDataLead.rawValue)
            .filter(\.$scopeKind == "organisation").filter(\.$scopeCode == organisation)
            .with(\.$user).all()
            .map(\.user.email).sorted()
    }

    private func email(_ tracked: TrackedSubmission, cycle: ReportingCycle, offset: Int) -> NotifyEmail {
        NotifyEmail(
            subject: "\(cycle.name) return for \(tracked.organisation.name): due \(DisplayDate.date(cycle.deadline))",
            paragraphs: [
                "The \(cycle.name) return of \(tracked.organisation.name) (data as at \(DisplayDate.date(cycle.snapshot))) is due by \(DisplayDate.date(cycle.deadline)): \(offset) day\(offset == 1 ? "" : "s") from now.",
                "It stands at: \(tracked.summary).",
                "Import the return, check its data-quality warnings and have the responsible person sign it off.",
            ],
            action: "Open the return", link: baseURL + "/cycles/\(cycle.standard.rawValue)/\(cycle.year)/\(tracked.organisation.code)",
            closing: ["You get this reminder because you are a data lead of \(tracked.organisation.name) in Parity."])
    }
}
