import Fluent

struct CreateUser: AsyncMigration {
    var name: String { "006_CreateUser" }

    func prepare(on database: Database) async throws {
        try await database.schema(UserRow.schema)
            .id()
            .field("email", .string, .required)
            .field("display_name", .string, .required)
            .field("password_hash", .string, .required)
            .field("created_at", .datetime, .required)
            .unique(on: "email")
            .create()
        try await database.schema(GrantRow.schema)
            .id()
            .field("user_id", .uuid, .required, .references(UserRow.schema, "id", onDelete: .cascade))
            .field("role", .string, .required)
            .field("scope_kind", .string, .required)
            .field("scope_code", .string)
            .create()
    }

    func revert(on database: Database) async throws {
        try await database.schema(GrantRow.schema).delete()
        try await database.schema(UserRow.schema).delete()
    }
}

struct CreateSession: AsyncMigration {
    var name: String { "007_CreateSession" }

    func prepare(on database: Database) async throws {
        try await database.schema(SessionRow.schema)
            .id()
            .field("token_sha256", .string, .required)
            .field("user_id", .uuid, .required, .references(UserRow.schema, "id", onDelete: .cascade))
            .field("created_at", .datetime, .required)
            .field("last_seen_at", .datetime, .required)
            .unique(on: "token_sha256")
            .create()
    }

    func revert(on database: Database) async throws {
        try await database.schema(SessionRow.schema).delete()
    }
}

struct CreateOneTimeLink: AsyncMigration {
    var name: String { "008_CreateOneTimeLink" }

    func prepare(on database: Database) async throws {
        try await database.schema(OneTimeLinkRow.schema)
            .id()
            .field("purpose", .string, .required)
            .field("email", .string, .required)
            .field("role", .string)
            .field("scope_kind", .string)
            .field("scope_code", .string)
            .field("token_sha256", .string, .required)
            .field("created_by", .string, .required)
            .field("created_at", .datetime, .required)
            .field("expires_at", .datetime, .required)
            .field("used_at", .datetime)
            .unique(on: "token_sha256")
            .create()
    }

    func revert(on database: Database) async throws {
        try await database.schema(OneTimeLinkRow.schema).delete()
    }
}

struct CreateAPIToken: AsyncMigration {
    var name: String { "009_CreateAPIToken" }

    func prepare(on database: Database) async throws {
        try await database.schema(APITokenRow.schema)
            .id()
            .field("user_id", .uuid, .required, .references(UserRow.schema, "id", onDelete: .cascade))
            .field("name", .string, .required)
            .field("token_sha256", .string, .required)
            .field("created_at", .datetime, .required)
            .field("last_used_at", .datetime)
            .field("revoked_at", .datetime)
            .unique(on: "token_sha256")
            .create()
    }

    func revert(on database: Database) async throws {
        try await database.schema(APITokenRow.schema).delete()
    }
}

struct CreateSignInFailure: AsyncMigration {
    var name: String { "010_CreateSignInFailure" }

    func prepare(on database: Database) async throws {
        try await database.schema(SignInFailureRow.schema)
            .id()
            .field("account_sha256", .string, .required)
            .field("address_sha256", .string, .required)
            .field("at", .datetime, .required)
            .create()
    }

    func revert(on database: Database) async throws {
        try await database.schema(SignInFailureRow.schema).delete()
    }
}
