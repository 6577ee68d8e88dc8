import Fluent

struct CreateChallenge: AsyncMigration {
    var name: String { "060_CreateChallenge" }

    func prepare(on database: Database) async throws {
        try await database.schema(ChallengeRow.schema)
            .id()
            .field("body_id", .uuid, .required, .references(BodyRow.schema, "id", onDelete: .restrict))
            .field("subject", .string, .required)
            .field("text", .string, .required)
            .field("raised_by", .string, .required)
            .field("raised_at", .datetime, .required)
            .field("due_at", .datetime, .required)
            .field("response", .string)
            .field("evidence", .string)
            .field("responded_by", .string)
            .field("responded_at", .datetime)
            .field("rating", .string)
            .field("rating_reason", .string)
            .field("closed_at", .datetime)
            .field("escalated_at", .datetime)
            .create()
        try await database.schema(ChallengeNoteRow.schema)
            .id()
            .field("challenge_id", .uuid, .required, .references(ChallengeRow.schema, "id", onDelete: .cascade))
            .field("author", .string, .required)
            .field("posted_at", .datetime, .required)
            .field("text", .string, .required)
            .create()
    }

    func revert(on database: Database) async throws {
        try await database.schema(ChallengeNoteRow.schema).delete()
        try await database.schema(ChallengeRow.schema).delete()
    }
}

struct CreateGoodPractice: AsyncMigration {
    var name: String { "061_CreateGoodPractice" }

    func prepare(on database: Database) async throws {
        try await database.schema(CaseStudyRow.schema)
            .id()
            .field("scope_kind", .string, .required)
            .field("scope_code", .string, .required)
            .field("title", .string, .required)
            .field("problem", .string, .required)
            .field("action", .string, .required)
            .field("result", .string, .required)
            .field("indicators", .string, .required)
            .field("themes", .string, .required)
            .field("started_on", .datetime, .required)
            .field("contact", .string, .required)
            .field("submitted_by", .string, .required)
            .field("submitted_at", .datetime, .required)
            .field("endorsed_by", .string)
            .field("endorsed_at", .datetime)
            .create()
        try await database.schema(LearningRequestRow.schema)
            .id()
            .field("case_study_id", .uuid, .required, .references(CaseStudyRow.schema, "id", onDelete: .cascade))
            .field("asker", .string, .required)
            .field("asked_at", .datetime, .required)
            .create()
        try await database.schema(LearningResourceRow.schema)
            .id()
            .field("indicator", .int, .required)
            .field("title", .string, .required)
            .field("url", .string, .required)
            .field("added_by", .string, .required)
            .field("added_at", .datetime, .required)
            .create()
    }

    func revert(on database: Database) async throws {
        try await database.schema(LearningResourceRow.schema).delete()
        try await database.schema(LearningRequestRow.schema).delete()
        try await database.schema(CaseStudyRow.schema).delete()
    }
}

struct CreateDecision: AsyncMigration {
    var name: String { "062_CreateDecision" }

    func prepare(on database: Database) async throws {
        try await database.schema(DecisionRow.schema)
            .id()
            .field("body_id", .uuid, .required, .references(BodyRow.schema, "id", onDelete: .restrict))
            .field("decided_on", .datetime, .required)
            .field("decision", .string, .required)
            .field("involvement", .string, .required)
            .field("how", .string)
            .field("network_view", .string)
            .field("network_account", .string)
            .field("recorded_by", .string, .required)
            .field("recorded_at", .datetime, .required)
            .create()
    }

    func revert(on database: Database) async throws {
        try await database.schema(DecisionRow.schema).delete()
    }
}

struct CreateMeetingPack: AsyncMigration {
    var name: String { "063_CreateMeetingPack" }

    func prepare(on database: Database) async throws {
        try await database.schema(MeetingPackRow.schema)
            .id()
            .field("audience", .string, .required)
            .field("title", .string, .required)
            .field("issued_by", .string, .required)
            .field("issued_at", .datetime, .required)
            .field("content", .string, .required)
            .create()
    }

    func revert(on database: Database) async throws {
        try await database.schema(MeetingPackRow.schema).delete()
    }
}
