import Fluent

struct CreateReturnVersion: AsyncMigration {
    var name: String { "005_CreateReturnVersion" }

    func prepare(on database: Database) async throws {
        try await database.schema(ReturnVersionRow.schema)
            .id()
            .field("organisation_id", .uuid, .required, .references(OrganisationRow.schema, "id", onDelete: .restrict))
            .field("standard", .string, .required)
            .field("year", .int, .required)
            .field("version", .int, .required)
            .field("imported_at", .datetime, .required)
            .field("source_name", .string, .required)
            .field("source_bytes", .int, .required)
            .field("source_sha256", .string, .required)
            .field("row_count", .int, .required)
            .field("counts", .string, .required)
            .unique(on: "organisation_id", "standard", "year", "version")
            .create()
    }

    func revert(on database: Database) async throws {
        try await database.schema(ReturnVersionRow.schema).delete()
    }
}

/// Race × disability counts travel with their organisation's WRES return (issue 8).
struct AddIntersectionCounts: AsyncMigration {
    var name: String { "050_AddIntersectionCounts" }

    func prepare(on database: Database) async throws {
        try await database.schema(ReturnVersionRow.schema).field("intersection_counts", .string).update()
    }

    func revert(on database: Database) async throws {
        try await database.schema(ReturnVersionRow.schema).deleteField("intersection_counts").update()
    }
}
