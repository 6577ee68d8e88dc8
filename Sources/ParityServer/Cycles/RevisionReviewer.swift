import Fluent
import Foundation
import ParityCore

/// The region's decision on a revision of a published return (issue 20), checked by
/// `RevisionReview`. Accepting makes the revision public and records what the public read
/// before and reads after (`ReturnRevisionRow`); rejecting keeps the published version and
/// reopens sign-off for the organisation to correct again. Both are in the submission's
/// history and the audit log.
struct RevisionReviewer {
    let database: Database
    /// How the audit log names the reviewer.
    let actor: String
    let now: Date

    func review(_ row: ReportingCycleRow, organisation: OrganisationEntry, decision: RevisionReview.Decision?, reason: String) async throws {
        let reason = reason.trimmingCharacters(in: .whitespacesAndNewlines)
        try await database.transaction { database in
            let store = CycleStore(database: database)
            let events = try await store.events(row, organisation.code)
            let since = Self.sinceLastDecision(events)
            let awaiting = PublishedVersion.awaitingReview(events.compactMap(PublishedReturns.event))
            let revising: Set<String> = [SubmissionEventKind.signedOff.rawValue, SubmissionEventKind.reopened.rawValue]
            let revisedBy = Set(since.filter { revising.contains($0.kind) }.map(\.actor))
            try RevisionReview.check(decision, reason: reason, awaiting: awaiting, reviewer: actor, revisedBy: revisedBy)
            let version = awaiting!
            let subject = "\(organisation.code) \(row.cycle.name) version \(version)"
            let audit = AuditLog(database: database, actor: actor, now: now)
            switch decision! {
            case .reject:
                try await record(.revisionRejected, row, organisation.code, version: version, text: reason, on: database)
                if let submission = try await store.submission(row, organisation.code) {
                    submission.signedOffAt = nil
                    try await submission.save(on: database)
                }
                try await audit.record(.revisionRejected, subject: subject, after: ["reason": reason])
            case .accept:
                let headlines = PublicHeadlines(database: database, standard: row.cycle.standard, year: row.year, organisation: organisation)
                let before = try await headlines.read()
                try await record(.revisionAccepted, row, organisation.code, version: version, text: reason, on: database)
                try await StoredFiguresWriter(database: database).refresh(after: [ReturnKey(organisation: organisation.code, year: row.year, standard: row.cycle.standard)])
                let changes = try await headlines.changes(from: before)
                let revision = ReturnRevisionRow()
                revision.organisationCode = organisation.code
                revision.standard = row.standard
                revision.year = row.year
                revision.fromVersion = PublishedVersion.of(events.compactMap(PublishedReturns.event)) ?? version
                revision.toVersion = version
                revision.acceptedAt = now
                revision.reason = Self.correctionReason(events) ?? reason
                revision.changes = String(decoding: try JSONEncoder().encode(changes), as: UTF8.self)
                try await revision.create(on: database)
                try await audit.record(.revisionAccepted, subject: subject, after: ["reason": reason, "changes": changes.map(\.text).joined(separator: "; ")])
            }
        }
    }

    private func record(_ kind: SubmissionEventKind, _ row: ReportingCycleRow, _ code: String, version: Int, text: String, on database: Database) async throws {
        try await SubmissionEventRow(cycleID: row.id!, organisationCode: code, kind: kind, at: now, returnVersion: version, text: text, actor: actor)
            .create(on: database)
    }

    /// The organisation's reason for the revision: the one it gave importing the correction.
    static func correctionReason(_ events: [SubmissionEventRow]) -> String? {
        sinceLastDecision(events).last { $0.kind == SubmissionEventKind.reopened.rawValue }?.text
    }

    /// The events after the last publication or decision on a revision: the revision's own.
    static func sinceLastDecision(_ events: [SubmissionEventRow]) -> ArraySlice<SubmissionEventRow> {
        let decisions: Set<SubmissionEventKind> = [.published, .revisionAccepted, .revisionRejected]
        let last = events.lastIndex { SubmissionEventKind(rawValue: $0.kind).map(decisions.contains) ?? false }
        return events[(last.map { $0 + 1 } ?? 0)...]
    }
}
