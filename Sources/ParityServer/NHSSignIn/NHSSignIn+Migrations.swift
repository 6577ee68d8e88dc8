import Fluent

struct CreateNHSSignInAttempt: AsyncMigration {
    var name: String { "121_CreateNHSSignInAttempt" }

    func prepare(on database: Database) async throws {
        try await database.schema(NHSSignInAttemptRow.schema)
            .id()
            .field("state_sha256", .string, .required)
            .field("browser_sha256", .string, .required)
            .field("nonce", .string, .required)
            .field("code_verifier", .string, .required)
            .field("next", .string)
            .field("created_at", .datetime, .required)
            .unique(on: "state_sha256")
            .create()
    }

    func revert(on database: Database) async throws {
        try await database.schema(NHSSignInAttemptRow.schema).delete()
    }
}
