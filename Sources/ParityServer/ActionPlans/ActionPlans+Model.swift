import Fluent
import Foundation

/// An organisation's action plan for one reporting cycle (issue 13). Its health is never
/// stored: it is derived from its actions' statuses by `PlanHealth`. `version` rises with
/// every change to the plan itself (an action added, publication, review, rating), so a
/// form sent from a stale page can be refused.
final class ActionPlanRow: Model, @unchecked Sendable {
    static let schema = "action_plans"

    @ID var id: UUID?
    @Field(key: "organisation_code") var organisationCode: String
    @Field(key: "year") var year: Int
    /// `PlanStage.rawValue`.
    @Field(key: "stage") var stage: String
    @OptionalField(key: "published_at") var publishedAt: Date?
    @OptionalField(key: "reviewed_at") var reviewedAt: Date?
    /// `PlanRating.rawValue`, given by the system (or region) with its reasons.
    @OptionalField(key: "rating") var rating: String?
    @OptionalField(key: "rating_reason") var ratingReason: String?
    @OptionalField(key: "rated_by") var ratedBy: String?
    @OptionalField(key: "rated_at") var ratedAt: Date?
    @Field(key: "version") var version: Int
    @Field(key: "created_at") var createdAt: Date

    init() {}

    init(organisationCode: String, year: Int, createdAt: Date) {
        self.organisationCode = organisationCode
        self.year = year
        self.stage = "draft"
        self.version = 1
        self.createdAt = createdAt
    }
}

/// One action of a plan. Its delivery status is derived by `DeliveryRule` from these facts,
/// its updates and its targets, exactly as a system commitment's is. The indicator tags
/// ("WRES 3", "WDES 4a-i") are a JSON list of text, because they are always read whole.
final class PlanActionRow: Model, @unchecked Sendable {
    static let schema = "plan_actions"

    @ID var id: UUID?
    @Parent(key: "plan_id") var plan: ActionPlanRow
    @Field(key: "position") var position: Int
    @Field(key: "what") var what: String
    @Field(key: "owner") var owner: String
    @Field(key: "due_at") var dueAt: Date
    @Field(key: "tags") var tags: String
    /// `DeclaredState.rawValue`.
    @Field(key: "declared_state") var declaredState: String
    /// What the action achieved, recorded when the plan is reviewed.
    @OptionalField(key: "achieved") var achieved: String?
    @Field(key: "created_at") var createdAt: Date
    @Field(key: "version") var version: Int

    init() {}
}

/// A dated progress update on an action, optionally changing its declared state.
final class PlanActionUpdateRow: Model, @unchecked Sendable {
    static let schema = "plan_action_updates"

    @ID var id: UUID?
    @Parent(key: "action_id") var action: PlanActionRow
    @Field(key: "posted_at") var postedAt: Date
    @Field(key: "text") var text: String
    @OptionalField(key: "state_change") var stateChange: String?
    @Field(key: "author") var author: String

    init() {}
}

/// A measurable target bound to an action, as `CommitmentTargetRow` binds one to a
/// commitment, judged on the organisation's own return.
final class PlanActionTargetRow: Model, @unchecked Sendable {
    static let schema = "plan_action_targets"

    @ID var id: UUID?
    @Parent(key: "action_id") var action: PlanActionRow
    @Field(key: "measure") var measure: String
    @Field(key: "comparison") var comparison: String
    @Field(key: "value") var value: Double
    @Field(key: "year") var year: Int
    @Field(key: "created_at") var createdAt: Date

    init() {}
}

/// A comment or a challenge on a plan by the system lead or the region.
final class PlanCommentRow: Model, @unchecked Sendable {
    static let schema = "plan_comments"

    @ID var id: UUID?
    @Parent(key: "plan_id") var plan: ActionPlanRow
    /// `PlanCommentKind.rawValue`.
    @Field(key: "kind") var kind: String
    @Field(key: "text") var text: String
    @Field(key: "author") var author: String
    @Field(key: "posted_at") var postedAt: Date

    init() {}
}

/// Whether a remark on a plan is a comment or a challenge the organisation is expected to answer.
enum PlanCommentKind: String, CaseIterable {
    case comment
    case challenge

    var label: String {
        switch self {
        case .comment: "Comment"
        case .challenge: "Challenge"
        }
    }
}
