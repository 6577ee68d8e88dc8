import Fluent

struct CreateActionPlan: AsyncMigration {
    var name: String { "080_CreateActionPlan" }

    func prepare(on database: Database) async throws {
        try await database.schema(ActionPlanRow.schema)
            .id()
            .field("organisation_code", .string, .required)
            .field("year", .int, .required)
            .field("stage", .string, .required)
            .field("published_at", .datetime)
            .field("reviewed_at", .datetime)
            .field("rating", .string)
            .field("rating_reason", .string)
            .field("rated_by", .string)
            .field("rated_at", .datetime)
            .field("version", .int, .required)
            .field("created_at", .datetime, .required)
            .unique(on: "organisation_code", "year")
            .create()
    }

    func revert(on database: Database) async throws {
        try await database.schema(ActionPlanRow.schema).delete()
    }
}

struct CreatePlanAction: AsyncMigration {
    var name: String { "081_CreatePlanAction" }

    func prepare(on database: Database) async throws {
        try await database.schema(PlanActionRow.schema)
            .id()
            .field("plan_id", .uuid, .required, .references(ActionPlanRow.schema, "id", onDelete: .cascade))
            .field("position", .int, .required)
            .field("what", .string, .required)
            .field("owner", .string, .required)
            .field("due_at", .datetime, .required)
            .field("tags", .string, .required)
            .field("declared_state", .string, .required)
            .field("achieved", .string)
            .field("created_at", .datetime, .required)
            .field("version", .int, .required)
            .create()
    }

    func revert(on database: Database) async throws {
        try await database.schema(PlanActionRow.schema).delete()
    }
}

struct CreatePlanActionUpdate: AsyncMigration {
    var name: String { "082_CreatePlanActionUpdate" }

    func prepare(on database: Database) async throws {
        try await database.schema(PlanActionUpdateRow.schema)
            .id()
            .field("action_id", .uuid, .required, .references(PlanActionRow.schema, "id", onDelete: .cascade))
            .field("posted_at", .datetime, .required)
            .field("text", .string, .required)
            .field("state_change", .string)
            .field("author", .string, .required)
            .create()
    }

    func revert(on database: Database) async throws {
        try await database.schema(PlanActionUpdateRow.schema).delete()
    }
}

struct CreatePlanActionTarget: AsyncMigration {
    var name: String { "083_CreatePlanActionTarget" }

    func prepare(on database: Database) async throws {
        try await database.schema(PlanActionTargetRow.schema)
            .id()
            .field("action_id", .uuid, .required, .references(PlanActionRow.schema, "id", onDelete: .cascade))
            .field("measure", .string, .required)
            .field("comparison", .string, .required)
            .field("value", .double, .required)
            .field("year", .int, .required)
            .field("created_at", .datetime, .required)
            .create()
    }

    func revert(on database: Database) async throws {
        try await database.schema(PlanActionTargetRow.schema).delete()
    }
}

struct CreatePlanComment: AsyncMigration {
    var name: String { "084_CreatePlanComment" }

    func prepare(on database: Database) async throws {
        try await database.schema(PlanCommentRow.schema)
            .id()
            .field("plan_id", .uuid, .required, .references(ActionPlanRow.schema, "id", onDelete: .cascade))
            .field("kind", .string, .required)
            .field("text", .string, .required)
            .field("author", .string, .required)
            .field("posted_at", .datetime, .required)
            .create()
    }

    func revert(on database: Database) async throws {
        try await database.schema(PlanCommentRow.schema).delete()
    }
}
