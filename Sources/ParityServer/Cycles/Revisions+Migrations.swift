import Fluent
import Foundation
import ParityCore

struct CreateWarningAcknowledgement: AsyncMigration {
    var name: String { "116_CreateWarningAcknowledgement" }

    func prepare(on database: Database) async throws {
        try await database.schema(WarningAcknowledgementRow.schema)
            .id()
            .field("cycle_id", .uuid, .required, .references(ReportingCycleRow.schema, "id", onDelete: .cascade))
            .field("organisation_code", .string, .required)
            .field("return_version", .int, .required)
            .field("subject", .string, .required)
            .field("message", .string, .required)
            .field("reason", .string, .required)
            .field("at", .datetime, .required)
            .field("actor", .string, .required)
            .create()
    }

    func revert(on database: Database) async throws {
        try await database.schema(WarningAcknowledgementRow.schema).delete()
    }
}

struct CreateReturnRevision: AsyncMigration {
    var name: String { "117_CreateReturnRevision" }

    func prepare(on database: Database) async throws {
        try await database.schema(ReturnRevisionRow.schema)
            .id()
            .field("organisation_code", .string, .required)
            .field("standard", .string, .required)
            .field("year", .int, .required)
            .field("from_version", .int, .required)
            .field("to_version", .int, .required)
            .field("accepted_at", .datetime, .required)
            .field("reason", .string, .required)
            .field("changes", .string, .required)
            .unique(on: "organisation_code", "standard", "year", "to_version")
            .create()
    }

    func revert(on database: Database) async throws {
        try await database.schema(ReturnRevisionRow.schema).delete()
    }
}

/// Before issue 20 a corrected return was public as soon as it was signed off again after
/// publication. Such sign-offs are recorded as accepted by the region when they happened, so
/// the figures the public reads do not change with the new rule (`PublishedVersion.of`).
struct AcceptEarlierRevisions: AsyncMigration {
    var name: String { "118_AcceptEarlierRevisions" }

    func prepare(on database: Database) async throws {
        let events = try await SubmissionEventRow.query(on: database).sort(\.$at).all()
        let histories = Dictionary(grouping: events) { "\($0.$cycle.id.uuidString) \($0.organisationCode)" }
        for history in histories.values {
            var published = false
            for event in history {
                switch SubmissionEventKind(rawValue: event.kind) {
                case .published: published = true
                case .signedOff where published:
                    try await SubmissionEventRow(cycleID: event.$cycle.id, organisationCode: event.organisationCode, kind: .revisionAccepted,
                                                 at: event.at, returnVersion: event.returnVersion,
                                                 text: "Public on re-sign-off, before the region reviewed revisions.", actor: "parity migrate").create(on: database)
                default: continue
                }
            }
        }
    }

    func revert(on database: Database) async throws {
        try await SubmissionEventRow.query(on: database).filter(\.$kind == SubmissionEventKind.revisionAccepted.rawValue)
            .filter(\.$actor == "parity migrate").delete()
    }
}
