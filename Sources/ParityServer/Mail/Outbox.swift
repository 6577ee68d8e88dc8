import Fluent
import Foundation
import ParityCore
import SQLKit

/// The table of messages to send, and each step of a message through it. A message is
/// recorded in the same transaction as what it is about (the invitation, the reset link, the
/// reminder), so a message exists exactly when its reason does, and is sent by `MailDelivery`.
struct Outbox {
    let database: Database
    let now: Date

    /// Records `message` under `key`, to be sent at once.
    @discardableResult
    func enqueue(_ message: MailMessage, key: String, kind: MailKind) async throws -> UUID {
        let row = OutboxMessageRow()
        row.key = key
        row.kind = kind.rawValue
        row.recipient = message.to
        row.fromAddress = message.from.address
        row.fromName = message.from.name
        row.subject = message.subject
        row.textBody = message.text
        row.htmlBody = message.html
        row.messageID = message.messageID
        row.createdAt = message.date
        row.state = OutboxState.queued.rawValue
        row.attempts = 0
        row.nextAttemptAt = now
        try await row.create(on: database)
        return try row.requireID()
    }

    /// The message a row holds, as it was recorded: every attempt sends the same bytes.
    static func message(of row: OutboxMessageRow) -> MailMessage {
        MailMessage(from: MailAddress(address: row.fromAddress, name: row.fromName), to: row.recipient, subject: row.subject,
                    text: row.textBody, html: row.htmlBody, messageID: row.messageID, date: row.createdAt)
    }

    /// The messages waiting for an attempt now, oldest first: queued and due, or left
    /// `connecting` by an attempt that died before any of the message went.
    func due(limit: Int = 50) async throws -> [UUID] {
        try await OutboxMessageRow.query(on: database)
            .group(.or) { either in
                either.group(.and) { $0.filter(\.$state == OutboxState.queued.rawValue).filter(\.$nextAttemptAt <= now) }
                either.group(.and) { $0.filter(\.$state == OutboxState.connecting.rawValue).filter(\.$leaseUntil < now) }
            }
            .sort(\.$createdAt).limit(limit).all().compactMap(\.id)
    }

    /// Takes message `id` for one attempt, until `leaseUntil`, in one conditional update: of
    /// several processes trying at once, one gets the row; nil for the others, and when the
    /// message is not due.
    func claim(_ id: UUID, leaseUntil: Date) async throws -> OutboxMessageRow? {
        let claimed = try await sql.update(OutboxMessageRow.schema)
            .set("state", to: SQLBind(OutboxState.connecting.rawValue))
            .set("lease_until", to: SQLBind(leaseUntil))
            .set("last_attempt_at", to: SQLBind(now))
            .set("attempts", to: SQLBinaryExpression(SQLColumn("attempts"), .add, SQLLiteral.numeric("1")))
            .where("id", .equal, SQLBind(id))
            .where(group: { either in
                either.where(group: { $0.where("state", .equal, SQLBind(OutboxState.queued.rawValue)).where("next_attempt_at", .lessThanOrEqual, SQLBind(now)) })
                    .orWhere(group: { $0.where("state", .equal, SQLBind(OutboxState.connecting.rawValue)).where("lease_until", .lessThan, SQLBind(now)) })
            })
            .returning("id")
            .all()
        guard !claimed.isEmpty else { return nil }
        return try await OutboxMessageRow.find(id, on: database)
    }

    /// Recorded just before the message goes: from here on, a dead attempt leaves it `uncertain`.
    func markTransmitting(_ id: UUID, leaseUntil: Date) async throws {
        try await update(id) { $0.set(\.$state, to: OutboxState.transmitting.rawValue).set(\.$leaseUntil, to: leaseUntil) }
    }

    /// The relay took it. The bodies, which hold one-time links, are emptied.
    func markSent(_ id: UUID, receipt: String) async throws {
        try await update(id) {
            $0.set(\.$state, to: OutboxState.sent.rawValue).set(\.$sentAt, to: now).set(\.$relayReply, to: String(receipt.prefix(500)))
                .set(\.$leaseUntil, to: nil).set(\.$nextAttemptAt, to: nil).set(\.$lastError, to: nil)
                .set(\.$textBody, to: "").set(\.$htmlBody, to: "")
        }
    }

    /// The attempt failed: try again at `retryAt`, or, when nil, leave it to an administrator
    /// as `state` (`failed` or `uncertain`).
    func markUnsent(_ id: UUID, reason: String, retryAt: Date?, state: OutboxState = .failed) async throws {
        try await update(id) {
            $0.set(\.$state, to: (retryAt == nil ? state : .queued).rawValue).set(\.$nextAttemptAt, to: retryAt)
                .set(\.$leaseUntil, to: nil).set(\.$lastError, to: String(reason.prefix(500)))
        }
    }

    /// Messages whose attempt died while they were going (`transmitting`, lease passed) become
    /// `uncertain`: the relay may have them, so they are not sent again unless someone asks.
    func settleInterrupted() async throws {
        try await OutboxMessageRow.query(on: database)
            .filter(\.$state == OutboxState.transmitting.rawValue).filter(\.$leaseUntil < now)
            .set(\.$state, to: OutboxState.uncertain.rawValue).set(\.$leaseUntil, to: nil)
            .set(\.$lastError, to: "Parity stopped while sending it: the relay may or may not have it")
            .update()
    }

    /// An administrator asks for a `failed` or `uncertain` message to be sent again, now and
    /// with a fresh schedule; false when it is in no such state.
    func sendAgain(_ id: UUID) async throws -> Bool {
        let requeued = try await sql.update(OutboxMessageRow.schema)
            .set("state", to: SQLBind(OutboxState.queued.rawValue))
            .set("next_attempt_at", to: SQLBind(now))
            .set("attempts", to: SQLBind(0))
            .where("id", .equal, SQLBind(id))
            .where(group: { $0.where("state", .equal, SQLBind(OutboxState.failed.rawValue)).orWhere("state", .equal, SQLBind(OutboxState.uncertain.rawValue)) })
            .returning("id")
            .all()
        return !requeued.isEmpty
    }

    private var sql: any SQLDatabase {
        guard let sql = database as? any SQLDatabase else { preconditionFailure("Parity runs on SQL databases only (SQLite, PostgreSQL)") }
        return sql
    }

    private func update(_ id: UUID, _ change: (QueryBuilder<OutboxMessageRow>) -> QueryBuilder<OutboxMessageRow>) async throws {
        try await change(OutboxMessageRow.query(on: database).filter(\.$id == id)).update()
    }
}
