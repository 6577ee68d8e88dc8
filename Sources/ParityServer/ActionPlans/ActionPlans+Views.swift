import Foundation
import ParityCore

/// A plan's health as a page shows it: its words, with a tag whose colour repeats them.
struct HealthView: Encodable {
    var value: String
    var label: String
    var cssClass: String

    init(_ health: PlanHealth) {
        value = health.rawValue
        label = health.label
        cssClass = switch health {
        case .overdue: "p-flag p-flag--adverse"
        case .atRisk: "p-flag p-flag--too-few-to-conclude"
        case .onTrack: "p-flag p-flag--non-adverse"
        case .complete: "p-flag p-flag--favourable"
        case .noActions: "p-tag p-tag--grey"
        }
    }
}

/// One action in the plan's table, or at the head of its own page.
struct PlanActionView: Encodable {
    var id: String
    var href: String
    var position: Int
    var what: String
    var owner: String
    var due: String
    var tags: [String]
    var declared: String
    var lastUpdate: String
    var status: StatusView
    var reason: String
    var targets: [TargetView]
    var achieved: String?
    var version: Int

    init(_ a: AssessedAction, organisation: String) {
        id = a.id.uuidString
        href = SitePath.actionPlanAction(organisation, a.id).href
        position = a.position
        what = a.what
        owner = a.owner
        due = DisplayDate.date(a.due)
        tags = a.tags
        declared = a.declared.label
        lastUpdate = a.lastUpdate.map(DisplayDate.date) ?? "never"
        status = StatusView(a.status)
        reason = a.reason
        targets = a.targets.map(TargetView.init)
        achieved = a.achieved
        version = a.version
    }
}

struct PlanCommentView: Encodable {
    var kind: String
    var isChallenge: Bool
    var at: String
    var author: String
    var text: String

    init(_ row: PlanCommentRow) {
        let kind = PlanCommentKind(rawValue: row.kind) ?? .comment
        self.kind = kind.label
        isChallenge = kind == .challenge
        at = DisplayDate.dateTime(row.postedAt)
        author = row.author
        text = row.text
    }
}

/// A plan's head: stage, rating, health and the adverse indicators no action answers.
struct ActionPlanView: Encodable {
    var year: Int
    var version: Int
    var stage: String
    var isDraft: Bool
    var isPublished: Bool
    var isOpen: Bool
    var isReviewed: Bool
    /// Only a published (or reviewed) plan is rated.
    var isRateable: Bool
    var published: String?
    var reviewed: String?
    var rating: String?
    var ratingCss: String
    var ratingReason: String?
    var ratedBy: String?
    var rated: String?
    var health: HealthView
    var counts: [String]
    var adverse: [String]
    var uncovered: [String]
    var adverseBasis: String
    var actions: [PlanActionView]

    init(_ p: AssessedPlan) {
        year = p.year
        version = p.version
        stage = p.stage.label
        isDraft = p.stage == .draft
        isPublished = p.stage == .published
        isOpen = p.stage.isOpen
        isReviewed = p.stage == .reviewed
        isRateable = p.stage != .draft
        published = p.published.map(DisplayDate.date)
        reviewed = p.reviewed.map(DisplayDate.date)
        rating = p.rating?.label
        ratingCss = p.rating == .sufficient ? "p-flag p-flag--non-adverse" : "p-flag p-flag--adverse"
        ratingReason = p.ratingReason
        ratedBy = p.ratedBy
        rated = p.rated.map(DisplayDate.date)
        health = HealthView(p.health)
        counts = DeliveryStatus.allCases.compactMap { status in
            let n = p.count(status)
            return n == 0 ? nil : "\(n) \(status.label.lowercased())"
        }
        adverse = p.adverse.tags
        uncovered = p.uncovered
        adverseBasis = p.adverse.basis
        actions = p.actions.map { PlanActionView($0, organisation: p.organisation.code) }
    }
}

/// A link to one of the organisation's plans, by year.
struct PlanYearLinkView: Encodable {
    var year: Int
    var href: String
    var stage: String
    var current: Bool
}

/// `/organisations/{code}/action-plan`.
struct ActionPlanPageView: Encodable {
    var chrome: PageChrome
    var name: String
    var organisationHref: String
    var systemName: String?
    var systemPlansHref: String?
    var plan: ActionPlanView?
    var comments: [PlanCommentView]
    var years: [PlanYearLinkView]
    var canEdit: Bool
    var canRate: Bool
    var errors: [FieldErrorView]
    /// The start form: the year it suggests and what it offers to carry over.
    var startYear: Int
    var carryFrom: Int?
    var carryCount: Int
    var tagOptions: [OptionView]
    var measures: [OptionView]
    var ratings: [OptionView]
    var kinds: [OptionView]
    var ruleDescription: String
    var startHref: String
    var actionsHref: String
    var publishHref: String
    var reviewHref: String
    var ratingHref: String
    var commentsHref: String
    var apiHref: String
}

/// `/organisations/{code}/action-plan/actions/{id}`.
struct PlanActionPageView: Encodable {
    var chrome: PageChrome
    var name: String
    var year: Int
    var planHref: String
    var action: PlanActionView
    var updates: [PlanActionUpdateView]
    var canUpdate: Bool
    var states: [OptionView]
    var errors: [FieldErrorView]
    var updatesHref: String
    var ruleDescription: String
}

struct PlanActionUpdateView: Encodable {
    var at: String
    var author: String
    var text: String
    var stateChange: String?

    init(_ row: PlanActionUpdateRow) {
        at = DisplayDate.dateTime(row.postedAt)
        author = row.author
        text = row.text
        stateChange = row.stateChange.flatMap(DeclaredState.init(rawValue:))?.label
    }
}

extension DeliveryRule {
    /// The rule as the action plan pages print it: one mechanism with system commitments.
    var planRuleDescription: String {
        "Each action is rated by the same rule as the system's commitments. " + ruleDescription
    }
}
