import Fluent
import Foundation
import ParityCore

/// An accepted revision as the API and open data give it (issue 20).
enum RevisionDocument {
    static func make(_ row: ReturnRevisionRow) -> JSONValue {
        .object([
            "organisation": .string(row.organisationCode),
            "standard": .string(row.standard),
            "year": .integer(row.year),
            "revised_on": .string(ISODay.format(row.acceptedAt)),
            "from_version": .integer(row.fromVersion),
            "to_version": .integer(row.toVersion),
            "reason": .string(row.reason),
            "changes": .array(row.headlineChanges.map { change in
                .object(["headline": .string(change.subject), "before": .string(change.before), "after": .string(change.after)])
            }),
        ])
    }

    /// An organisation's document with its return's `revisions` (oldest first) and
    /// `revision_under_review` added.
    static func annotated(_ document: JSONValue, _ key: ReturnKey, database: Database) async throws -> JSONValue {
        guard case var .object(fields) = document else { return document }
        let revisions = PublicRevisions(database: database)
        fields["revisions"] = .array(try await revisions.accepted(key).map(make))
        fields["revision_under_review"] = .bool(try await revisions.isUnderReview(key))
        return .object(fields)
    }
}
