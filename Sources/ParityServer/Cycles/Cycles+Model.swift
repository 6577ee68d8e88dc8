import Fluent
import Foundation

/// One standard's return round for one year, with the dates the region set
/// (`ParityCore.ReportingCycle`). `version` rises with every change, so a form sent from a
/// stale page is refused.
final class ReportingCycleRow: Model, @unchecked Sendable {
    static let schema = "reporting_cycles"

    @ID var id: UUID?
    @Field(key: "standard") var standard: String
    @Field(key: "year") var year: Int
    @Field(key: "snapshot_on") var snapshot: Date
    @Field(key: "deadline_on") var deadline: Date
    @Field(key: "publication_on") var publication: Date
    @Field(key: "created_at") var createdAt: Date
    @Field(key: "version") var version: Int

    init() {}
}

/// One organisation's standing in one cycle: only the facts, never the derived state
/// (`SubmissionState.of`). A row exists from the first sign-off on.
final class SubmissionRow: Model, @unchecked Sendable {
    static let schema = "cycle_submissions"

    @ID var id: UUID?
    @Parent(key: "cycle_id") var cycle: ReportingCycleRow
    @Field(key: "organisation_code") var organisationCode: String
    /// The first sign-off: it alone decides whether the organisation was late.
    @Field(key: "first_signed_off_at") var firstSignedOffAt: Date
    @OptionalField(key: "late_reason") var lateReason: String?
    /// The sign-off in force; nil once a change reopened it.
    @OptionalField(key: "signed_off_at") var signedOffAt: Date?
    @Field(key: "signed_off_by") var signedOffBy: String
    @Field(key: "signed_off_title") var signedOffTitle: String
    /// The return version the sign-off vouches for.
    @Field(key: "signed_off_version") var signedOffVersion: Int
    /// When the region published the signed-off return (first published; revisions of it are
    /// accepted by the region in the history, issue 20).
    @OptionalField(key: "published_at") var publishedAt: Date?

    init() {}
}

/// What happened to a submission, oldest first on its page: each sign-off, each reopening
/// by a change (with its reason), publication, and the region's decision on each revision of
/// the published return (with its reason).
final class SubmissionEventRow: Model, @unchecked Sendable {
    static let schema = "cycle_submission_events"

    @ID var id: UUID?
    @Parent(key: "cycle_id") var cycle: ReportingCycleRow
    @Field(key: "organisation_code") var organisationCode: String
    @Field(key: "kind") var kind: String
    @Field(key: "at") var at: Date
    @Field(key: "return_version") var returnVersion: Int
    /// The words of the event: "Signed off by A. Person, Director of People", the reason for a change.
    @Field(key: "text") var text: String
    @Field(key: "actor") var actor: String

    init() {}

    init(cycleID: UUID, organisationCode: String, kind: SubmissionEventKind, at: Date, returnVersion: Int, text: String, actor: String) {
        self.$cycle.id = cycleID
        self.organisationCode = organisationCode
        self.kind = kind.rawValue
        self.at = at
        self.returnVersion = returnVersion
        self.text = text
        self.actor = actor
    }
}

enum SubmissionEventKind: String {
    case signedOff = "signed-off"
    case reopened
    case published
    case revisionAccepted = "revision-accepted"
    case revisionRejected = "revision-rejected"

    var label: String {
        switch self {
        case .signedOff: "Signed off"
        case .reopened: "Changed after sign-off (reopened)"
        case .published: "Published"
        case .revisionAccepted: "Revision accepted by the region"
        case .revisionRejected: "Revision rejected by the region (reopened)"
        }
    }
}

/// A reminder sent to an organisation's data leads for one offset before a cycle's deadline.
/// Unique per cycle, organisation and offset, so nobody is reminded twice for the same one.
final class ReminderRow: Model, @unchecked Sendable {
    static let schema = "cycle_reminders"

    @ID var id: UUID?
    @Parent(key: "cycle_id") var cycle: ReportingCycleRow
    @Field(key: "organisation_code") var organisationCode: String
    @Field(key: "offset_days") var offsetDays: Int
    @Field(key: "sent_at") var sentAt: Date
    @Field(key: "recipients") var recipients: Int

    init() {}

    init(cycleID: UUID, organisationCode: String, offsetDays: Int, sentAt: Date, recipients: Int) {
        self.$cycle.id = cycleID
        self.organisationCode = organisationCode
        self.offsetDays = offsetDays
        self.sentAt = sentAt
        self.recipients = recipients
    }
}
