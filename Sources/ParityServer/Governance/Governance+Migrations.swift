import Fluent

struct CreateBody: AsyncMigration {
    var name: String { "012_CreateBody" }

    func prepare(on database: Database) async throws {
        try await database.schema(BodyRow.schema)
            .id()
            .field("kind", .string, .required)
            .field("level", .string, .required)
            .field("scope_code", .string)
            .field("name", .string, .required)
            .field("purpose", .string, .required)
            .field("terms_of_reference_url", .string)
            .field("meeting_cadence", .string, .required)
            .field("status", .string, .required)
            .field("status_since", .datetime, .required)
            .field("is_bme_first_network", .bool, .required)
            .field("version", .int, .required)
            .create()
        try await database.schema(BodyMemberRow.schema)
            .id()
            .field("body_id", .uuid, .required, .references(BodyRow.schema, "id", onDelete: .cascade))
            .field("name", .string, .required)
            .field("role", .string, .required)
            .field("represents", .string)
            .field("represents_system", .string)
            .field("is_voting", .bool, .required)
            .field("is_executive", .bool, .required)
            .field("start", .datetime, .required)
            .field("end", .datetime)
            .field("ethnicity", .string, .required)
            .field("disability", .string, .required)
            .field("consent_recorded_at", .datetime)
            .create()
        try await database.schema(RepresentationPlanRow.schema)
            .id()
            .field("body_id", .uuid, .required, .references(BodyRow.schema, "id", onDelete: .cascade))
            .field("start", .datetime, .required)
            .field("target_date", .datetime, .required)
            .field("start_percent", .double, .required)
            .field("target_percent", .double, .required)
            .unique(on: "body_id")
            .create()
    }

    func revert(on database: Database) async throws {
        try await database.schema(RepresentationPlanRow.schema).delete()
        try await database.schema(BodyMemberRow.schema).delete()
        try await database.schema(BodyRow.schema).delete()
    }
}

struct CreatePopulation: AsyncMigration {
    var name: String { "013_CreatePopulation" }

    func prepare(on database: Database) async throws {
        try await database.schema(PopulationRecordRow.schema)
            .id()
            .field("area_code", .string, .required)
            .field("area_name", .string, .required)
            .field("group", .string, .required)
            .field("count", .int, .required)
            .field("source", .string, .required)
            .unique(on: "area_code", "group")
            .create()
        try await database.schema(AreaLinkRow.schema)
            .id()
            .field("scope_code", .string, .required)
            .field("area_code", .string, .required)
            .unique(on: "scope_code", "area_code")
            .create()
    }

    func revert(on database: Database) async throws {
        try await database.schema(AreaLinkRow.schema).delete()
        try await database.schema(PopulationRecordRow.schema).delete()
    }
}
