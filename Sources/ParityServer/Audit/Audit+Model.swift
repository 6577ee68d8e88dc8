import Fluent
import Foundation

/// One change anywhere in Parity: who, when, what, and the state before and after. Rows are
/// only ever appended; no route edits or deletes them.
final class AuditEventRow: Model, @unchecked Sendable {
    static let schema = "audit_events"

    @ID var id: UUID?
    @Field(key: "at") var at: Date
    @Field(key: "actor") var actor: String
    @Field(key: "action") var action: String
    @Field(key: "subject") var subject: String
    @OptionalField(key: "before") var before: String?
    @OptionalField(key: "after") var after: String?

    init() {}

    init(at: Date, actor: String, action: String, subject: String, before: String?, after: String?) {
        self.at = at
        self.actor = actor
        self.action = action
        self.subject = subject
        self.before = before
        self.after = after
    }
}

struct CreateAuditEvent: AsyncMigration {
    var name: String { "011_CreateAuditEvent" }

    func prepare(on database: Database) async throws {
        try await database.schema(AuditEventRow.schema)
            .id()
            .field("at", .datetime, .required)
            .field("actor", .string, .required)
            .field("action", .string, .required)
            .field("subject", .string, .required)
            .field("before", .string)
            .field("after", .string)
            .create()
    }

    func revert(on database: Database) async throws {
        try await database.schema(AuditEventRow.schema).delete()
    }
}
