import Fluent
import SQLKit
import Foundation
import ParityCore

/// Reads and writes staff voice. Storing a submission is deliberately not audited: the audit
/// log keeps exact times and would undo the week-only rule (issue 6). Moderation is audited,
/// naming the submission but never quoting it.
struct VoiceStore {
    let database: Database

    /// The active link of the given slug, if any.
    func activeLink(slug: String) async throws -> VoiceLinkRow? {
        try await VoiceLinkRow.query(on: database).filter(\.$slug == slug).filter(\.$active == true).first()
    }

    /// The system's active link, made on first use.
    func link(system: String, now: Date) async throws -> VoiceLinkRow {
        if let link = try await VoiceLinkRow.query(on: database).filter(\.$systemCode == system).filter(\.$active == true).first() {
            return link
        }
        let link = VoiceLinkRow(systemCode: system, slug: Self.newSlug(), createdAt: now)
        try await link.create(on: database)
        return link
    }

    /// Retires the system's link and makes a new one (a leaked link can be replaced).
    func replaceLink(system: String, actor: String, now: Date) async throws -> VoiceLinkRow {
        try await database.transaction { database in
            try await VoiceLinkRow.query(on: database).filter(\.$systemCode == system).set(\.$active, to: false).update()
            let link = VoiceLinkRow(systemCode: system, slug: Self.newSlug(), createdAt: now)
            try await link.create(on: database)
            try await AuditLog(database: database, actor: actor, now: now).record(.voiceLinkCreated, subject: "system:\(system)")
            return link
        }
    }

    /// Counts one more submission against `subject` in the current clock hour; false, and
    /// nothing counted, when the hour's allowance is used up. Past hours' counters are deleted
    /// first: kept, they would date each link's submissions to the hour (issue 19).
    func takeAllowance(subject: String, now: Date, limit: Int = VoiceRateLimit.perLinkPerHour) async throws -> Bool {
        guard limit > 0 else { return false }
        let window = VoiceRateLimit.windowStart(now)
        try await VoiceRateWindowRow.query(on: database).filter(\.$windowStart < window).delete()
        // One atomic upsert: the window's row is created at 1 or counted up while under the
        // limit. Reading the count and writing it back would let two submissions at once both
        // pass (or, on SQLite, fail one of them as busy): a load test found it (issue 12).
        let table = SQLIdentifier(VoiceRateWindowRow.schema)
        let count = SQLIdentifier("count")
        let claimed = try await (database as! any SQLDatabase).raw("""
            INSERT INTO \(table) (id, subject, window_start, \(count)) VALUES (\(bind: UUID()), \(bind: subject), \(bind: window), 1)
            ON CONFLICT (subject, window_start) DO UPDATE SET \(count) = \(table).\(count) + 1
            WHERE \(table).\(count) < \(bind: limit)
            RETURNING \(count)
            """).all()
        return !claimed.isEmpty
    }

    /// Stores an already-redacted submission, pending unless the demo says otherwise, and
    /// returns its id.
    @discardableResult
    func store(_ draft: VoiceSubmissionDraft, redactions: [VoiceRedaction], system: String, organisation: String?,
               week: VoiceWeek, receiptCode: String, status: VoiceModerationStatus = .pending,
               holdReason: String? = nil, response: String? = nil) async throws -> UUID {
        let row = VoiceSubmissionRow()
        row.systemCode = system
        row.organisationCode = organisation
        row.week = week.rawValue
        row.text = draft.text
        row.redactions = VoiceRedactionList.encode(redactions)
        row.themes = draft.themes.map(\.rawValue).joined(separator: ",")
        row.staffGroup = draft.staffGroup?.rawValue
        row.band = draft.band?.rawValue
        row.ethnicity = draft.ethnicity?.rawValue
        row.disability = draft.disability?.rawValue
        row.consent = draft.consent.rawValue
        row.status = status.rawValue
        row.holdReason = holdReason
        row.response = response
        row.receiptHash = SecretToken.sha256(receiptCode)
        try await row.create(on: database)
        return try row.requireID()
    }

    /// The submission a receipt code belongs to.
    func submission(receiptCode: String) async throws -> VoiceSubmissionRow? {
        try await VoiceSubmissionRow.query(on: database).filter(\.$receiptHash == SecretToken.sha256(receiptCode)).first()
    }

    /// Deletes the submission of a receipt code, with its links to commitments; false when
    /// the code matches none. Deleted, not hidden (issue 6), and gone from the database's
    /// files too: SQLite overwrites deleted rows (`secure_delete`) and the write-ahead log
    /// that still held the text is folded in and emptied (issue 19).
    func withdraw(receiptCode: String) async throws -> Bool {
        let withdrawn = try await database.transaction { database in
            guard let row = try await VoiceSubmissionRow.query(on: database)
                .filter(\.$receiptHash == SecretToken.sha256(receiptCode)).first() else { return false }
            try await VoiceCommitmentLinkRow.query(on: database).filter(\.$submissionID == row.id).delete()
            try await row.delete(on: database)
            return true
        }
        if withdrawn { try await database.checkpointLog() }
        return withdrawn
    }

    /// A system's submissions in one moderation state, newest week first (oldest first for
    /// a queue, so that nothing waits longest).
    func submissions(system: String, status: VoiceModerationStatus, oldestFirst: Bool = false, limit: Int) async throws -> [VoiceSubmissionRow] {
        try await VoiceSubmissionRow.query(on: database)
            .filter(\.$systemCode == system).filter(\.$status == status.rawValue)
            .sort(\.$week, oldestFirst ? .ascending : .descending).limit(limit).all()
    }

    /// How many of a system's submissions are in one moderation state.
    func count(system: String, status: VoiceModerationStatus) async throws -> Int {
        try await VoiceSubmissionRow.query(on: database).filter(\.$systemCode == system).filter(\.$status == status.rawValue).count()
    }

    /// Published submissions of the given systems (every system when `nil`).
    func published(systems: [String]?) async throws -> [VoiceSubmissionRow] {
        var query = VoiceSubmissionRow.query(on: database).filter(\.$status == VoiceModerationStatus.published.rawValue)
        if let systems { query = query.filter(\.$systemCode ~~ systems) }
        return try await query.sort(\.$week, .descending).all()
    }

    func submission(id: UUID) async throws -> VoiceSubmissionRow? {
        try await VoiceSubmissionRow.find(id, on: database)
    }

    /// Publishes or holds back a submission; a hold needs a reason. The text is never changed.
    func moderate(_ row: VoiceSubmissionRow, decision: VoiceModerationStatus, holdReason: String?, response: String?,
                  actor: String, now: Date) async throws {
        try await database.transaction { database in
            let before = VoiceModerationRecord(status: row.status, holdReason: row.holdReason, response: row.response)
            row.status = decision.rawValue
            row.holdReason = decision == .held ? holdReason : nil
            row.response = response
            try await row.save(on: database)
            let after = VoiceModerationRecord(status: row.status, holdReason: row.holdReason, response: row.response)
            try await AuditLog(database: database, actor: actor, now: now)
                .record(.voiceModerated, subject: "voice:\(try row.requireID().uuidString)", before: before, after: after)
        }
    }

    /// Links a commitment to a theme or a submission of its system.
    func link(commitment: UUID, theme: VoiceTheme?, submission: UUID?, actor: String, now: Date) async throws {
        try await database.transaction { database in
            try await VoiceCommitmentLinkRow(commitmentID: commitment, theme: theme?.rawValue, submissionID: submission).create(on: database)
            try await AuditLog(database: database, actor: actor, now: now).record(
                .voiceLinkedToCommitment, subject: "commitment:\(commitment.uuidString)",
                after: ["theme": theme?.rawValue ?? "", "submission": submission?.uuidString ?? ""]
            )
        }
    }

    /// The links of the given commitments.
    func links(commitments: [UUID]) async throws -> [VoiceCommitmentLinkRow] {
        guard !commitments.isEmpty else { return [] }
        return try await VoiceCommitmentLinkRow.query(on: database).filter(\.$commitmentID ~~ commitments).all()
    }

    /// The commitments a submission prompted: linked to it, or to one of its themes in its system.
    func commitmentIDs(prompting row: VoiceSubmissionRow) async throws -> [UUID] {
        let themes = row.themes.split(separator: ",").map(String.init)
        let links = try await VoiceCommitmentLinkRow.query(on: database).group(.or) { group in
            group.filter(\.$submissionID == row.id)
            if !themes.isEmpty { group.filter(\.$theme ~~ themes) }
        }.all()
        let ids = Set(links.map(\.commitmentID))
        guard !ids.isEmpty else { return [] }
        return try await CommitmentRow.query(on: database).filter(\.$id ~~ Array(ids)).filter(\.$systemCode == row.systemCode)
            .all().compactMap(\.id)
    }

    /// Slugs are long enough not to be guessed, short enough to type from a poster.
    private static func newSlug() -> String { String(SecretToken.make().prefix(16)) }
}

/// What moderation changes, as the audit log records it (never the text).
struct VoiceModerationRecord: Encodable {
    var status: String
    var holdReason: String?
    var response: String?
}

/// The redactions column: "email:1,phone:2".
enum VoiceRedactionList {
    static func encode(_ redactions: [VoiceRedaction]) -> String {
        redactions.map { "\($0.kind.rawValue):\($0.count)" }.joined(separator: ",")
    }

    static func decode(_ text: String) -> [VoiceRedaction] {
        text.split(separator: ",").compactMap { part in
            let pieces = part.split(separator: ":")
            guard pieces.count == 2, let kind = VoiceRedactionKind(rawValue: String(pieces[0])), let count = Int(pieces[1]) else { return nil }
            return VoiceRedaction(kind: kind, count: count)
        }
    }

    /// "2 email addresses and 1 phone number", for the person and the moderators.
    static func sentence(_ redactions: [VoiceRedaction]) -> String? {
        guard !redactions.isEmpty else { return nil }
        let parts = redactions.map { redaction in
            let plural = redaction.kind.label.hasSuffix("s") ? "es" : "s"
            return "\(redaction.count) \(redaction.kind.label)\(redaction.count == 1 ? "" : plural)"
        }
        return parts.count == 1 ? parts[0] : parts.dropLast().joined(separator: ", ") + " and " + parts.last!
    }
}
