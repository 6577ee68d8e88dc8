import Fluent
import Foundation

/// A programme of recommendations owned by the region, e.g. its race equality strategy.
/// Due dates run from its start.
final class ProgrammeRow: Model, @unchecked Sendable {
    static let schema = "programmes"

    @ID var id: UUID?
    @Field(key: "name") var name: String
    @Field(key: "starts_on") var start: Date
    @Field(key: "owner_region") var ownerRegion: String
    @Field(key: "created_at") var createdAt: Date

    init() {}

    init(name: String, start: Date, ownerRegion: String, createdAt: Date) {
        self.name = name
        self.start = start
        self.ownerRegion = ownerRegion
        self.createdAt = createdAt
    }
}

/// One recommendation of a programme. The horizon span is stored as its text ("M/L") and
/// the framework tags (WRES indicators, WDES metrics, EDS 2022 outcomes) as a JSON list of
/// text, because they are always read whole.
final class RecommendationRow: Model, @unchecked Sendable {
    static let schema = "recommendations"

    @ID var id: UUID?
    @Parent(key: "programme_id") var programme: ProgrammeRow
    @Field(key: "position") var position: Int
    @Field(key: "title") var title: String
    @Field(key: "text") var text: String
    @Field(key: "level") var level: String
    @Field(key: "horizon") var horizon: String
    @OptionalField(key: "horizon_note") var horizonNote: String?
    @Field(key: "tags") var tags: String

    init() {}
}

/// A system-level recommendation as one system's commitment. The delivery status is never
/// stored: it is derived by `DeliveryRule` from these facts, the updates and the targets.
/// `version` rises with every change, so a form sent from a stale page can be refused.
final class CommitmentRow: Model, @unchecked Sendable {
    static let schema = "commitments"

    @ID var id: UUID?
    @Parent(key: "recommendation_id") var recommendation: RecommendationRow
    @Field(key: "system_code") var systemCode: String
    /// The due date from the programme start and the horizon (`DueDate.due`).
    @Field(key: "due_at") var dueAt: Date
    @Field(key: "long_months") var longMonths: Int
    /// A due date agreed with the region instead of `dueAt`, with the reason.
    @OptionalField(key: "agreed_due_at") var agreedDueAt: Date?
    @OptionalField(key: "agreed_due_reason") var agreedDueReason: String?
    @Field(key: "declared_state") var declaredState: String
    @OptionalField(key: "response") var response: String?
    @OptionalField(key: "response_reason") var responseReason: String?
    @Field(key: "created_at") var createdAt: Date
    @Field(key: "version") var version: Int

    init() {}

    init(recommendationID: UUID, systemCode: String, dueAt: Date, longMonths: Int, createdAt: Date) {
        self.$recommendation.id = recommendationID
        self.systemCode = systemCode
        self.dueAt = dueAt
        self.longMonths = longMonths
        self.declaredState = "not-started"
        self.createdAt = createdAt
        self.version = 1
    }
}

/// A dated progress update by the system, optionally changing the declared state.
final class ProgressUpdateRow: Model, @unchecked Sendable {
    static let schema = "commitment_updates"

    @ID var id: UUID?
    @Parent(key: "commitment_id") var commitment: CommitmentRow
    @Field(key: "posted_at") var postedAt: Date
    @Field(key: "text") var text: String
    /// A JSON list of http(s) links.
    @Field(key: "evidence") var evidence: String
    @OptionalField(key: "state_change") var stateChange: String?
    @Field(key: "author") var author: String

    init() {}
}

/// A measurable target bound to a commitment: `TargetMeasure.rawValue`,
/// `TargetComparison.rawValue`, the threshold and the WRES year it is judged on.
final class CommitmentTargetRow: Model, @unchecked Sendable {
    static let schema = "commitment_targets"

    @ID var id: UUID?
    @Parent(key: "commitment_id") var commitment: CommitmentRow
    @Field(key: "measure") var measure: String
    @Field(key: "comparison") var comparison: String
    @Field(key: "value") var value: Double
    @Field(key: "year") var year: Int
    @Field(key: "created_at") var createdAt: Date

    init() {}
}

/// A comment by the Race Equality & Inclusion Panel (or a regional admin) on a commitment.
final class PanelCommentRow: Model, @unchecked Sendable {
    static let schema = "commitment_comments"

    @ID var id: UUID?
    @Parent(key: "commitment_id") var commitment: CommitmentRow
    @Field(key: "posted_at") var postedAt: Date
    @Field(key: "text") var text: String
    @Field(key: "author") var author: String

    init() {}
}
