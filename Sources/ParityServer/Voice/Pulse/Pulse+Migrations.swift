import Fluent

struct CreatePulse: AsyncMigration {
    var name: String { "044_CreatePulse" }

    func prepare(on database: Database) async throws {
        try await database.schema(PulseSurveyRow.schema)
            .id()
            .field("system_code", .string, .required)
            .field("slug", .string, .required)
            .field("title", .string, .required)
            .field("opens_on", .datetime, .required)
            .field("closes_on", .datetime, .required)
            .field("created_by", .string, .required)
            .unique(on: "slug")
            .create()
        try await database.schema(PulseQuestionRow.schema)
            .id()
            .field("survey_id", .uuid, .required, .references(PulseSurveyRow.schema, "id", onDelete: .cascade))
            .field("position", .int, .required)
            .field("kind", .string, .required)
            .field("text", .string, .required)
            .field("indicators", .string, .required)
            .unique(on: "survey_id", "position")
            .create()
        try await database.schema(PulseResponseRow.schema)
            .id()
            .field("survey_id", .uuid, .required, .references(PulseSurveyRow.schema, "id", onDelete: .cascade))
            .field("answers", .string, .required)
            .field("ethnicity", .string)
            .field("disability", .string)
            .create()
    }

    func revert(on database: Database) async throws {
        try await database.schema(PulseResponseRow.schema).delete()
        try await database.schema(PulseQuestionRow.schema).delete()
        try await database.schema(PulseSurveyRow.schema).delete()
    }
}
