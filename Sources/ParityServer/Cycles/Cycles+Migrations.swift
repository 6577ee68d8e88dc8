import Fluent

struct CreateReportingCycle: AsyncMigration {
    var name: String { "070_CreateReportingCycle" }

    func prepare(on database: Database) async throws {
        try await database.schema(ReportingCycleRow.schema)
            .id()
            .field("standard", .string, .required)
            .field("year", .int, .required)
            .field("snapshot_on", .datetime, .required)
            .field("deadline_on", .datetime, .required)
            .field("publication_on", .datetime, .required)
            .field("created_at", .datetime, .required)
            .field("version", .int, .required)
            .unique(on: "standard", "year")
            .create()
        try await database.schema(SubmissionRow.schema)
            .id()
            .field("cycle_id", .uuid, .required, .references(ReportingCycleRow.schema, "id", onDelete: .cascade))
            .field("organisation_code", .string, .required)
            .field("first_signed_off_at", .datetime, .required)
            .field("late_reason", .string)
            .field("signed_off_at", .datetime)
            .field("signed_off_by", .string, .required)
            .field("signed_off_title", .string, .required)
            .field("signed_off_version", .int, .required)
            .field("published_at", .datetime)
            .unique(on: "cycle_id", "organisation_code")
            .create()
        try await database.schema(SubmissionEventRow.schema)
            .id()
            .field("cycle_id", .uuid, .required, .references(ReportingCycleRow.schema, "id", onDelete: .cascade))
            .field("organisation_code", .string, .required)
            .field("kind", .string, .required)
            .field("at", .datetime, .required)
            .field("return_version", .int, .required)
            .field("text", .string, .required)
            .field("actor", .string, .required)
            .create()
        try await database.schema(ReminderRow.schema)
            .id()
            .field("cycle_id", .uuid, .required, .references(ReportingCycleRow.schema, "id", onDelete: .cascade))
            .field("organisation_code", .string, .required)
            .field("offset_days", .int, .required)
            .field("sent_at", .datetime, .required)
            .field("recipients", .int, .required)
            .unique(on: "cycle_id", "organisation_code", "offset_days")
            .create()
    }

    func revert(on database: Database) async throws {
        for schema in [ReminderRow.schema, SubmissionEventRow.schema, SubmissionRow.schema, ReportingCycleRow.schema] {
            try await database.schema(schema).delete()
        }
    }
}
