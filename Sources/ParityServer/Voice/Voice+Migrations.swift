import Fluent

struct CreateVoiceLink: AsyncMigration {
    var name: String { "040_CreateVoiceLink" }

    func prepare(on database: Database) async throws {
        try await database.schema(VoiceLinkRow.schema)
            .id()
            .field("system_code", .string, .required)
            .field("slug", .string, .required)
            .field("active", .bool, .required)
            .field("created_at", .datetime, .required)
            .unique(on: "slug")
            .create()
    }

    func revert(on database: Database) async throws {
        try await database.schema(VoiceLinkRow.schema).delete()
    }
}

struct CreateVoiceSubmission: AsyncMigration {
    var name: String { "041_CreateVoiceSubmission" }

    func prepare(on database: Database) async throws {
        try await database.schema(VoiceSubmissionRow.schema)
            .id()
            .field("system_code", .string, .required)
            .field("organisation_code", .string)
            .field("week", .string, .required)
            .field("text", .string, .required)
            .field("redactions", .string, .required)
            .field("themes", .string, .required)
            .field("staff_group", .string)
            .field("band", .string)
            .field("ethnicity", .string)
            .field("disability", .string)
            .field("consent", .string, .required)
            .field("status", .string, .required)
            .field("hold_reason", .string)
            .field("response", .string)
            .field("receipt_hash", .string, .required)
            .unique(on: "receipt_hash")
            .create()
    }

    func revert(on database: Database) async throws {
        try await database.schema(VoiceSubmissionRow.schema).delete()
    }
}

struct CreateVoiceRateWindow: AsyncMigration {
    var name: String { "042_CreateVoiceRateWindow" }

    func prepare(on database: Database) async throws {
        try await database.schema(VoiceRateWindowRow.schema)
            .id()
            .field("subject", .string, .required)
            .field("window_start", .datetime, .required)
            .field("count", .int, .required)
            .unique(on: "subject", "window_start")
            .create()
    }

    func revert(on database: Database) async throws {
        try await database.schema(VoiceRateWindowRow.schema).delete()
    }
}

struct CreateVoiceCommitmentLink: AsyncMigration {
    var name: String { "043_CreateVoiceCommitmentLink" }

    func prepare(on database: Database) async throws {
        try await database.schema(VoiceCommitmentLinkRow.schema)
            .id()
            .field("commitment_id", .uuid, .required, .references(CommitmentRow.schema, "id", onDelete: .cascade))
            .field("theme", .string)
            .field("submission_id", .uuid, .references(VoiceSubmissionRow.schema, "id", onDelete: .cascade))
            .create()
    }

    func revert(on database: Database) async throws {
        try await database.schema(VoiceCommitmentLinkRow.schema).delete()
    }
}
