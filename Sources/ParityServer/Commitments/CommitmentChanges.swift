import Fluent
import Foundation
import ParityCore

/// Every change to a commitment: each is saved with its audit record in one transaction and
/// raises the commitment's `version`, refusing a form made from an older version.
struct CommitmentChanges {
    let database: Database
    /// How the audit log names who made the change.
    let author: String
    let now: Date

    /// A dated progress update, optionally changing the declared state.
    func postUpdate(_ row: CommitmentRow, text: String, evidence: [String], state: DeclaredState?, version: Int?) async throws {
        try await change(row, version: version, action: .commitmentUpdated) { database in
            let before = ["declared_state": row.declaredState]
            let update = ProgressUpdateRow()
            update.$commitment.id = row.id!
            update.postedAt = now
            update.text = text
            update.evidence = try CommitmentTags.encode(evidence)
            update.stateChange = state?.rawValue
            update.author = author
            try await update.create(on: database)
            if let state { row.declaredState = state.rawValue }
            return (before, ["declared_state": row.declaredState, "text": text, "evidence": evidence.joined(separator: " ")])
        }
    }

    /// The system's response to the recommendation.
    func respond(_ row: CommitmentRow, response: SystemResponse, reason: String?, version: Int?) async throws {
        try await change(row, version: version, action: .commitmentResponded) { _ in
            let before = ["response": row.response ?? "", "reason": row.responseReason ?? ""]
            row.response = response.rawValue
            row.responseReason = reason
            return (before, ["response": response.rawValue, "reason": reason ?? ""])
        }
    }

    /// A due date agreed with the region, or a different length for a long horizon (which
    /// moves the due date by `DueDate`), with the reason.
    func agreeDue(_ row: CommitmentRow, agreedDue: Date?, longMonths: Int?, standardDue: Date?, reason: String, version: Int?) async throws {
        try await change(row, version: version, action: .commitmentDueAgreed) { _ in
            let before = Self.dueState(row)
            if let longMonths, let standardDue {
                row.longMonths = longMonths
                row.dueAt = standardDue
            }
            row.agreedDueAt = agreedDue
            row.agreedDueReason = reason
            return (before, Self.dueState(row))
        }
    }

    /// A measurable target bound to data.
    func addTarget(_ row: CommitmentRow, _ target: Target, version: Int?) async throws {
        try await change(row, version: version, action: .commitmentTargetAdded) { database in
            let stored = CommitmentTargetRow()
            stored.$commitment.id = row.id!
            stored.measure = target.measure.rawValue
            stored.comparison = target.comparison.rawValue
            stored.value = target.value
            stored.year = target.year
            stored.createdAt = now
            try await stored.create(on: database)
            return ([:], ["target": target.text])
        }
    }

    /// A panel comment. Comments do not change the commitment, so they leave its version alone.
    func comment(_ row: CommitmentRow, text: String) async throws {
        try await database.transaction { database in
            let comment = PanelCommentRow()
            comment.$commitment.id = row.id!
            comment.postedAt = now
            comment.text = text
            comment.author = author
            try await comment.create(on: database)
            try await AuditLog(database: database, actor: author, now: now).record(.commitmentCommented, subject: try await Self.subject(row, on: database), after: ["comment": text])
        }
    }

    private func change(_ row: CommitmentRow, version: Int?, action: AuditLog.Action,
                        _ body: @escaping @Sendable (Database) async throws -> (before: [String: String], after: [String: String])) async throws {
        if let version, version != row.version {
            throw ParityError.conflict("Someone changed this commitment after you opened the page. Reload it, check what changed, and try again.")
        }
        try await database.transaction { database in
            let (before, after) = try await body(database)
            row.version += 1
            try await row.update(on: database)
            try await AuditLog(database: database, actor: author, now: now).record(action, subject: try await Self.subject(row, on: database), before: before, after: after)
        }
    }

    /// How the audit log names a commitment: "D01: Appoint a Director of ED&I (id)".
    static func subject(_ row: CommitmentRow, on database: Database) async throws -> String {
        let title = try await RecommendationRow.find(row.$recommendation.id, on: database)?.title ?? "recommendation"
        return "\(row.systemCode): \(title) (\(row.id!.uuidString))"
    }

    private static func dueState(_ row: CommitmentRow) -> [String: String] {
        ["due": ISODay.format(row.dueAt), "long_months": "\(row.longMonths)",
         "agreed_due": row.agreedDueAt.map(ISODay.format) ?? "", "reason": row.agreedDueReason ?? ""]
    }
}
