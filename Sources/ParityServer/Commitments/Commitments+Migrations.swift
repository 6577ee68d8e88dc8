import Fluent

struct CreateProgramme: AsyncMigration {
    var name: String { "020_CreateProgramme" }

    func prepare(on database: Database) async throws {
        try await database.schema(ProgrammeRow.schema)
            .id()
            .field("name", .string, .required)
            .field("starts_on", .datetime, .required)
            .field("owner_region", .string, .required)
            .field("created_at", .datetime, .required)
            .unique(on: "name")
            .create()
    }

    func revert(on database: Database) async throws {
        try await database.schema(ProgrammeRow.schema).delete()
    }
}

struct CreateRecommendation: AsyncMigration {
    var name: String { "021_CreateRecommendation" }

    func prepare(on database: Database) async throws {
        try await database.schema(RecommendationRow.schema)
            .id()
            .field("programme_id", .uuid, .required, .references(ProgrammeRow.schema, "id", onDelete: .cascade))
            .field("position", .int, .required)
            .field("title", .string, .required)
            .field("text", .string, .required)
            .field("level", .string, .required)
            .field("horizon", .string, .required)
            .field("horizon_note", .string)
            .field("tags", .string, .required)
            .create()
    }

    func revert(on database: Database) async throws {
        try await database.schema(RecommendationRow.schema).delete()
    }
}

struct CreateCommitment: AsyncMigration {
    var name: String { "022_CreateCommitment" }

    func prepare(on database: Database) async throws {
        try await database.schema(CommitmentRow.schema)
            .id()
            .field("recommendation_id", .uuid, .required, .references(RecommendationRow.schema, "id", onDelete: .cascade))
            .field("system_code", .string, .required)
            .field("due_at", .datetime, .required)
            .field("long_months", .int, .required)
            .field("agreed_due_at", .datetime)
            .field("agreed_due_reason", .string)
            .field("declared_state", .string, .required)
            .field("response", .string)
            .field("response_reason", .string)
            .field("created_at", .datetime, .required)
            .field("version", .int, .required)
            .unique(on: "recommendation_id", "system_code")
            .create()
    }

    func revert(on database: Database) async throws {
        try await database.schema(CommitmentRow.schema).delete()
    }
}

struct CreateProgressUpdate: AsyncMigration {
    var name: String { "023_CreateProgressUpdate" }

    func prepare(on database: Database) async throws {
        try await database.schema(ProgressUpdateRow.schema)
            .id()
            .field("commitment_id", .uuid, .required, .references(CommitmentRow.schema, "id", onDelete: .cascade))
            .field("posted_at", .datetime, .required)
            .field("text", .string, .required)
            .field("evidence", .string, .required)
            .field("state_change", .string)
            .field("author", .string, .required)
            .create()
    }

    func revert(on database: Database) async throws {
        try await database.schema(ProgressUpdateRow.schema).delete()
    }
}

struct CreateCommitmentTarget: AsyncMigration {
    var name: String { "024_CreateCommitmentTarget" }

    func prepare(on database: Database) async throws {
        try await database.schema(CommitmentTargetRow.schema)
            .id()
            .field("commitment_id", .uuid, .required, .references(CommitmentRow.schema, "id", onDelete: .cascade))
            .field("measure", .string, .required)
            .field("comparison", .string, .required)
            .field("value", .double, .required)
            .field("year", .int, .required)
            .field("created_at", .datetime, .required)
            .create()
    }

    func revert(on database: Database) async throws {
        try await database.schema(CommitmentTargetRow.schema).delete()
    }
}

struct CreatePanelComment: AsyncMigration {
    var name: String { "025_CreatePanelComment" }

    func prepare(on database: Database) async throws {
        try await database.schema(PanelCommentRow.schema)
            .id()
            .field("commitment_id", .uuid, .required, .references(CommitmentRow.schema, "id", onDelete: .cascade))
            .field("posted_at", .datetime, .required)
            .field("text", .string, .required)
            .field("author", .string, .required)
            .create()
    }

    func revert(on database: Database) async throws {
        try await database.schema(PanelCommentRow.schema).delete()
    }
}
