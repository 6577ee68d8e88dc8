import Fluent
import Foundation

/// A challenge the Race Equality & Inclusion Panel raises to a body — the regional People
/// Board or a system's People Board — optionally about an indicator, a commitment or a theme
/// of staff voice, with a response due date (issue 7). Its status is derived from the dates
/// by `ChallengeLifecycle`, never stored.
final class ChallengeRow: Model, @unchecked Sendable {
    static let schema = "challenges"

    @ID var id: UUID?
    @Field(key: "body_id") var bodyID: UUID
    /// `ChallengeSubject.rawValue`: "", "indicator:3", "commitment:<id>", "theme:<theme>".
    @Field(key: "subject") var subject: String
    @Field(key: "text") var text: String
    @Field(key: "raised_by") var raisedBy: String
    @Field(key: "raised_at") var raisedAt: Date
    @Field(key: "due_at") var dueAt: Date
    @OptionalField(key: "response") var response: String?
    @OptionalField(key: "evidence") var evidence: String?
    @OptionalField(key: "responded_by") var respondedBy: String?
    @OptionalField(key: "responded_at") var respondedAt: Date?
    @OptionalField(key: "rating") var rating: String?
    @OptionalField(key: "rating_reason") var ratingReason: String?
    @OptionalField(key: "closed_at") var closedAt: Date?
    @OptionalField(key: "escalated_at") var escalatedAt: Date?

    init() {}
}

/// The panel's own notes on a challenge: kept apart from what the body sees.
final class ChallengeNoteRow: Model, @unchecked Sendable {
    static let schema = "challenge_notes"

    @ID var id: UUID?
    @Field(key: "challenge_id") var challengeID: UUID
    @Field(key: "author") var author: String
    @Field(key: "posted_at") var postedAt: Date
    @Field(key: "text") var text: String

    init() {}
}

/// A case study of good practice submitted by an organisation or a system.
final class CaseStudyRow: Model, @unchecked Sendable {
    static let schema = "case_studies"

    @ID var id: UUID?
    /// "organisation" or "system".
    @Field(key: "scope_kind") var scopeKind: String
    @Field(key: "scope_code") var scopeCode: String
    @Field(key: "title") var title: String
    @Field(key: "problem") var problem: String
    @Field(key: "action") var action: String
    @Field(key: "result") var result: String
    /// WRES indicator numbers it aimed to move, comma-separated.
    @Field(key: "indicators") var indicators: String
    /// Staff voice themes it speaks to, comma-separated raw values.
    @Field(key: "themes") var themes: String
    @Field(key: "started_on") var startedOn: Date
    @Field(key: "contact") var contact: String
    @Field(key: "submitted_by") var submittedBy: String
    @Field(key: "submitted_at") var submittedAt: Date
    @OptionalField(key: "endorsed_by") var endorsedBy: String?
    @OptionalField(key: "endorsed_at") var endorsedAt: Date?

    init() {}
}

/// "I'd like to learn from this": who asked, when, so the region sees learning happen.
final class LearningRequestRow: Model, @unchecked Sendable {
    static let schema = "learning_requests"

    @ID var id: UUID?
    @Field(key: "case_study_id") var caseStudyID: UUID
    @Field(key: "asker") var asker: String
    @Field(key: "asked_at") var askedAt: Date

    init() {}
}

/// A guide or training material attached to an indicator ("educate").
final class LearningResourceRow: Model, @unchecked Sendable {
    static let schema = "learning_resources"

    @ID var id: UUID?
    @Field(key: "indicator") var indicator: Int
    @Field(key: "title") var title: String
    @Field(key: "url") var url: String
    @Field(key: "added_by") var addedBy: String
    @Field(key: "added_at") var addedAt: Date

    init() {}
}

/// A people-related decision of a body, and whether the staff network was involved.
final class DecisionRow: Model, @unchecked Sendable {
    static let schema = "body_decisions"

    @ID var id: UUID?
    @Field(key: "body_id") var bodyID: UUID
    @Field(key: "decided_on") var decidedOn: Date
    @Field(key: "decision") var decision: String
    /// `NetworkInvolvement.rawValue`.
    @Field(key: "involvement") var involvement: String
    @OptionalField(key: "how") var how: String?
    @OptionalField(key: "network_view") var networkView: String?
    /// The network lead's own account of its involvement.
    @OptionalField(key: "network_account") var networkAccount: String?
    @Field(key: "recorded_by") var recordedBy: String
    @Field(key: "recorded_at") var recordedAt: Date

    init() {}
}

/// A meeting pack as issued: its content frozen as JSON, so what a board saw on a date stays
/// as it was.
final class MeetingPackRow: Model, @unchecked Sendable {
    static let schema = "meeting_packs"

    @ID var id: UUID?
    /// `MeetingAudience.rawValue`.
    @Field(key: "audience") var audience: String
    @Field(key: "title") var title: String
    @Field(key: "issued_by") var issuedBy: String
    @Field(key: "issued_at") var issuedAt: Date
    @Field(key: "content") var content: String

    init() {}
}
