import Foundation
import ParityCore

/// An action plan with what its page, the overviews and the API show about it. Its health and
/// its actions' statuses are derived on the day it is read, never stored.
struct AssessedPlan: Sendable {
    var id: UUID
    var organisation: OrganisationEntry
    var year: Int
    var stage: PlanStage
    var published: Date?
    var reviewed: Date?
    var rating: PlanRating?
    var ratingReason: String?
    var ratedBy: String?
    var rated: Date?
    var version: Int
    var created: Date
    var actions: [AssessedAction]
    var adverse: AdverseIndicators

    /// The plan's health from its actions' statuses (`PlanHealth.of`).
    var health: PlanHealth { PlanHealth.of(actions.map(\.status)) }

    /// The adverse indicators no action of the plan aims at.
    var uncovered: [String] {
        ActionPlanCoverage.uncovered(adverse: adverse.tags, actionTags: actions.map(\.tags))
    }

    /// How many actions have `status`.
    func count(_ status: DeliveryStatus) -> Int {
        actions.filter { $0.status == status }.count
    }
}

/// One action of a plan; its status is derived by `DeliveryRule`, as a system commitment's is.
struct AssessedAction: Sendable {
    var id: UUID
    var position: Int
    var what: String
    var owner: String
    var due: Date
    var tags: [String]
    var declared: DeclaredState
    /// What it achieved, recorded at the plan's review.
    var achieved: String?
    var created: Date
    var lastUpdate: Date?
    var version: Int
    /// The targets as this viewer may see them.
    var targets: [TargetResult]
    var status: DeliveryStatus
    /// Why the rule gave `status`, in plain English.
    var reason: String
}
