import Fluent

struct CreateSystem: AsyncMigration {
    var name: String { "001_CreateSystem" }

    func prepare(on database: Database) async throws {
        try await database.schema(SystemRow.schema)
            .id()
            .field("code", .string, .required)
            .field("name", .string, .required)
            .unique(on: "code")
            .create()
    }

    func revert(on database: Database) async throws {
        try await database.schema(SystemRow.schema).delete()
    }
}

struct CreateOrganisation: AsyncMigration {
    var name: String { "002_CreateOrganisation" }

    func prepare(on database: Database) async throws {
        try await database.schema(OrganisationRow.schema)
            .id()
            .field("code", .string, .required)
            .field("name", .string, .required)
            .field("kind", .string)
            .unique(on: "code")
            .create()
    }

    func revert(on database: Database) async throws {
        try await database.schema(OrganisationRow.schema).delete()
    }
}

struct CreateMembership: AsyncMigration {
    var name: String { "003_CreateMembership" }

    func prepare(on database: Database) async throws {
        try await database.schema(MembershipRow.schema)
            .id()
            .field("organisation_id", .uuid, .required, .references(OrganisationRow.schema, "id", onDelete: .cascade))
            .field("system_id", .uuid, .required, .references(SystemRow.schema, "id", onDelete: .cascade))
            .field("valid_from", .datetime, .required)
            .field("valid_to", .datetime)
            .create()
    }

    func revert(on database: Database) async throws {
        try await database.schema(MembershipRow.schema).delete()
    }
}

struct CreateSetting: AsyncMigration {
    var name: String { "004_CreateSetting" }

    func prepare(on database: Database) async throws {
        try await database.schema(SettingRow.schema)
            .field("key", .string, .identifier(auto: false))
            .field("value", .string, .required)
            .create()
    }

    func revert(on database: Database) async throws {
        try await database.schema(SettingRow.schema).delete()
    }
}
