import ParityCore
import Vapor

/// What the signed-in user may do with one organisation's action plans, from the access
/// rule: `editActionPlan` changes a plan and sees its drafts (the organisation's own data
/// leads, its system lead, regional admins); `rateActionPlan` rates, comments and challenges
/// (the system lead, regional admins). Everyone else sees published and reviewed plans only.
struct PlanAccess {
    var organisation: OrganisationEntry
    var resource: Resource
    var canEdit: Bool
    var canRate: Bool

    init(_ organisation: OrganisationEntry, actor: ParityCore.Actor) {
        self.organisation = organisation
        resource = .organisation(code: organisation.code, systemCode: organisation.systemCode.isEmpty ? nil : organisation.systemCode)
        canEdit = AccessPolicy.decide(actor, .editActionPlan, resource).isAllowed
        canRate = AccessPolicy.decide(actor, .rateActionPlan, resource).isAllowed
    }

    /// Whether the reader may see `plan`: a draft only when they may edit it.
    func sees(_ plan: ActionPlanRow) -> Bool {
        plan.stage != PlanStage.draft.rawValue || canEdit
    }

    /// The answer for a plan the reader may not see, the same whether it is a draft or absent,
    /// so a draft's existence is not given away.
    func noPublishedPlan(year: Int?) -> ParityError {
        .notFound("\(organisation.name) has no published action plan" + (year.map { " for \($0)" } ?? "") + ".")
    }
}

extension Request {
    /// The organisation the path's `code` names, as it stands today, with what the signed-in
    /// user may do with its plans.
    func planAccess() async throws -> PlanAccess {
        let code = try parameters.require("code")
        guard try await StructureStore(database: db).organisation(code: code) != nil else {
            throw ParityError.notFound("No organisation has the code \(code).")
        }
        return PlanAccess(try await ActionPlanStore(database: db, now: now).organisations([code])[code]!, actor: actor)
    }
}
