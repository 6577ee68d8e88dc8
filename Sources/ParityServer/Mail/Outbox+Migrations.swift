import Fluent

struct CreateMailOutbox: AsyncMigration {
    var name: String { "120_CreateMailOutbox" }

    func prepare(on database: Database) async throws {
        try await database.schema(OutboxMessageRow.schema)
            .id()
            .field("message_key", .string, .required)
            .field("kind", .string, .required)
            .field("recipient", .string, .required)
            .field("from_address", .string, .required)
            .field("from_name", .string)
            .field("subject", .string, .required)
            .field("text_body", .string, .required)
            .field("html_body", .string, .required)
            .field("message_id", .string, .required)
            .field("created_at", .datetime, .required)
            .field("state", .string, .required)
            .field("attempts", .int, .required)
            .field("next_attempt_at", .datetime)
            .field("lease_until", .datetime)
            .field("last_attempt_at", .datetime)
            .field("last_error", .string)
            .field("sent_at", .datetime)
            .field("relay_reply", .string)
            .unique(on: "message_key")
            .create()
    }

    func revert(on database: Database) async throws {
        try await database.schema(OutboxMessageRow.schema).delete()
    }
}
