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
        let expected = version ?? row.version
        try await database.transaction { database in
            try await VersionClaim.claim(CommitmentRow.schema, id: row.id!, expected: expected, on: database) {
                try await Self.stale(row.id!, on: database)
            }
            row.version = expected + 1
            let (before, after) = try await body(database)
            try await row.update(on: database)
            try await AuditLog(database: database, actor: author, now: now).record(action, subject: try await Self.subject(row, on: database), before: before, after: after)
        }
    }

    /// The conflict page's account of the commitment as saved now.
    private static func stale(_ id: UUID, on database: Database) async throws -> StaleEdit {
        let fresh = try await CommitmentRow.find(id, on: database)
        let last = try await ProgressUpdateRow.query(on: database).filter(\.$commitment.$id == id).sort(\.$postedAt, .descending).first()
        var lines: [StaleEdit.Line] = []
        if let fresh {
            lines.append(.init(label: "Declared state", value: DeclaredState(rawValue: fresh.declaredState)?.label ?? fresh.declaredState))
            lines.append(.init(label: "Response", value: fresh.response.flatMap(SystemResponse.init(rawValue:))?.label ?? "None yet"))
            lines.append(.init(label: "Due", value: ISODay.format(fresh.agreedDueAt ?? fresh.dueAt)))
        }
        if let last {
            lines.append(.init(label: "Latest update", value: "\(ISODay.format(last.postedAt)), \(last.author): \(last.text)"))
        }
        return StaleEdit(message: "Someone changed this commitment after you opened the page, so your change was not saved. Here is what is saved now, and what you sent.",
                         current: lines, pageHref: "/commitments/\(id.uuidString)")
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
