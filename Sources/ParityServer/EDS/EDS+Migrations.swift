import Fluent

struct CreateEDSAssessment: AsyncMigration {
    var name: String { "030_CreateEDSAssessment" }

    func prepare(on database: Database) async throws {
        try await database.schema(EDSAssessmentRow.schema)
            .id()
            .field("scope_kind", .string, .required)
            .field("scope_code", .string, .required)
            .field("year", .int, .required)
            .field("ratings", .string, .required)
            .field("evidence", .string, .required)
            .field("rated_by", .string, .required)
            .field("network_took_part", .bool, .required)
            .field("recorded_by", .string, .required)
            .field("recorded_at", .datetime, .required)
            .unique(on: "scope_kind", "scope_code", "year")
            .create()
    }

    func revert(on database: Database) async throws {
        try await database.schema(EDSAssessmentRow.schema).delete()
    }
}
