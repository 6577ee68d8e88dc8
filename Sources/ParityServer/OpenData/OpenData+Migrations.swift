import Fluent

struct CreateOpenDataRelease: AsyncMigration {
    var name: String { "090_CreateOpenDataRelease" }

    func prepare(on database: Database) async throws {
        try await database.schema(OpenDataReleaseRow.schema)
            .id()
            .field("year", .int, .required)
            .field("closed_at", .datetime, .required)
            .field("closed_by", .string, .required)
            .field("csv", .data, .required)
            .field("csv_sha256", .string, .required)
            .field("csv_bytes", .int, .required)
            .field("json", .data, .required)
            .field("json_sha256", .string, .required)
            .field("json_bytes", .int, .required)
            .unique(on: "year")
            .create()
    }

    func revert(on database: Database) async throws {
        try await database.schema(OpenDataReleaseRow.schema).delete()
    }
}
