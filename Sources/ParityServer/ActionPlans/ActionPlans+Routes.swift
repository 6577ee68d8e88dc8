import Fluent
import ParityCore
import Vapor

/// An organisation's action plans (issue 13): `/organisations/{code}/action-plan` (`?year=`
/// for earlier versions) with its forms, and each action's page; the system and region
/// overviews and the API in `ActionPlanOverviews` and `ActionPlanAPI`, registered with these.
///
/// Changing a plan, and seeing a draft, needs `editActionPlan` on the organisation; rating,
/// commenting and challenging need `rateActionPlan`. Anyone else is told there is no
/// published plan, whether a draft exists or not.
struct ActionPlanRoutes: RouteCollection {
    func boot(routes: RoutesBuilder) throws {
        let plan = routes.grouped("organisations", ":code", "action-plan")
        plan.get(use: page)
        plan.post(use: start)
        plan.post("actions", use: addAction)
        plan.get("actions", ":id", use: actionPage)
        plan.post("actions", ":id", "updates", use: postUpdate)
        plan.post("publish", use: publish)
        plan.post("review", use: review)
        plan.post("rating", use: rate)
        plan.post("comments", use: comment)
        try routes.register(collection: ActionPlanOverviews())
        try routes.register(collection: ActionPlanAPI())
    }

    func page(req: Request) async throws -> Response {
        try await render(req, access: try await req.planAccess(), year: req.query["year"], errors: [])
    }

    func start(req: Request) async throws -> Response {
        let access = try await req.planAccess()
        try req.require(.editActionPlan, on: access.resource)
        let form = try req.content.decode(StartPlanForm.self)
        let code = access.organisation.code
        var check = FormCheck()
        let year = form.year.flatMap { Int($0.trimmingCharacters(in: .whitespaces)) }
        let existing = try await ActionPlanStore(database: req.db, now: req.now).rows(organisations: [code])
        if year.map({ !(2014...2100).contains($0) }) ?? true {
            check.fail("start-year", "Enter the plan's year as four digits, for example 2026.")
        } else if existing.contains(where: { $0.year == year }) {
            check.fail("start-year", "\(access.organisation.name) already has a \(year!) action plan.")
        }
        let previous = existing.first { $0.year < (year ?? 0) }
        let carried = form.carryOver == "yes" ? try await openActions(of: previous, req) : []
        return try await save(req, access, year: year, check) {
            try await changes(req).start(organisation: code, year: year!, carrying: carried)
        }
    }

    func addAction(req: Request) async throws -> Response {
        let access = try await req.planAccess()
        try req.require(.editActionPlan, on: access.resource)
        let form = try req.content.decode(AddActionForm.self)
        let plan = try await self.plan(req, access, year: form.year)
        var check = FormCheck()
        Self.requireOpen(plan, &check, field: "action-what")
        let what = check.required(form.what, field: "action-what", name: "what the action is", limit: 1_000)
        let owner = check.required(form.owner, field: "action-owner", name: "who owns the action", limit: 200)
        let due = form.due.flatMap(ISODay.parse)
        if due == nil { check.fail("action-due", "Enter the due date as YYYY-MM-DD, for example 2027-03-31.") }
        let tags = (form.tags ?? []).filter(IndicatorTags.all.contains)
        if tags.isEmpty { check.fail("action-tags", "Choose at least one indicator the action aims to move.") }
        let target = form.hasTarget ? check.target(measure: form.measure, comparison: form.comparison, value: form.value, year: form.targetYear) : nil
        return try await save(req, access, year: plan.year, check) {
            try await changes(req).addAction(plan, NewPlanAction(what: what, owner: owner, due: due!, tags: tags, target: target), version: form.version)
        }
    }

    func publish(req: Request) async throws -> Response {
        let access = try await req.planAccess()
        try req.require(.editActionPlan, on: access.resource)
        let form = try req.content.decode(PlanStepForm.self)
        let plan = try await self.plan(req, access, year: form.year)
        var check = FormCheck()
        if plan.stage != PlanStage.draft.rawValue {
            check.fail("publish", "The \(plan.year) plan is already published.")
        } else if try await PlanActionRow.query(on: req.db).filter(\.$plan.$id == plan.id!).count() == 0 {
            check.fail("publish", "Add at least one action before publishing the plan.")
        }
        return try await save(req, access, year: plan.year, check) {
            try await changes(req).publish(plan, version: form.version)
        }
    }

    func review(req: Request) async throws -> Response {
        let access = try await req.planAccess()
        try req.require(.editActionPlan, on: access.resource)
        let form = ReviewForm(try req.content.decode([String: String].self))
        let plan = try await self.plan(req, access, year: form.year)
        var check = FormCheck()
        if plan.stage != PlanStage.published.rawValue {
            check.fail("review", plan.stage == PlanStage.draft.rawValue ? "Publish the plan before reviewing it." : "The \(plan.year) plan has already been reviewed.")
        }
        var achieved: [UUID: String] = [:]
        for action in try await PlanActionRow.query(on: req.db).filter(\.$plan.$id == plan.id!).sort(\.$position).all() {
            achieved[action.id!] = check.required(form.achieved[action.id!], field: "achieved-\(action.id!.uuidString)",
                                                  name: "what action \(action.position) achieved", limit: 2_000)
        }
        return try await save(req, access, year: plan.year, check) {
            try await changes(req).review(plan, achieved: achieved, version: form.version)
        }
    }

    func rate(req: Request) async throws -> Response {
        let access = try await req.planAccess()
        try req.require(.rateActionPlan, on: access.resource)
        let form = try req.content.decode(PlanRatingForm.self)
        let plan = try await self.plan(req, access, year: form.year)
        var check = FormCheck()
        if plan.stage == PlanStage.draft.rawValue { check.fail("rating", "Only a published plan can be rated.") }
        let rating = form.rating.flatMap(PlanRating.init(rawValue:))
        if rating == nil { check.fail("rating", "Choose sufficient or needs work.") }
        let reason = check.required(form.reason, field: "rating-reason", name: "the reasons for the rating", limit: 2_000)
        return try await save(req, access, year: plan.year, check) {
            try await changes(req).rate(plan, rating: rating!, reason: reason, version: form.version)
        }
    }

    func comment(req: Request) async throws -> Response {
        let access = try await req.planAccess()
        try req.require(.rateActionPlan, on: access.resource)
        let form = try req.content.decode(PlanCommentForm.self)
        let plan = try await self.plan(req, access, year: form.year)
        var check = FormCheck()
        let kind = form.kind.flatMap(PlanCommentKind.init(rawValue:))
        if kind == nil { check.fail("comment-kind", "Choose comment or challenge.") }
        let text = check.required(form.text, field: "comment-text", name: "the comment or challenge", limit: 2_000)
        return try await save(req, access, year: plan.year, check) {
            try await changes(req).comment(plan, kind: kind!, text: text)
        }
    }

    func actionPage(req: Request) async throws -> Response {
        let access = try await req.planAccess()
        let (action, plan) = try await self.action(req, access)
        return try await renderAction(req, access, action: action, plan: plan, errors: [])
    }

    func postUpdate(req: Request) async throws -> Response {
        let access = try await req.planAccess()
        try req.require(.editActionPlan, on: access.resource)
        let (action, plan) = try await self.action(req, access)
        let form = try req.content.decode(ActionUpdateForm.self)
        var check = FormCheck()
        Self.requireOpen(plan, &check, field: "update-text")
        let text = check.required(form.text, field: "update-text", name: "what has happened since the last update")
        var state: DeclaredState?
        if let raw = form.state, !raw.isEmpty {
            state = DeclaredState(rawValue: raw)
            if state == nil { check.fail("update-state", "Choose a status from the list.") }
        }
        do {
            try check.finish()
        } catch let failure as FormErrors {
            return try await renderAction(req, access, action: action, plan: plan, errors: failure.errors, status: .unprocessableEntity)
        }
        try await changes(req).postUpdate(action, of: plan, text: text, state: state, version: form.version)
        return req.redirect(to: SitePath.actionPlanAction(access.organisation.code, action.id!).href)
    }

    // MARK: - Steps shared by the handlers

    /// The organisation's plan of `year`, when the reader may see it.
    private func plan(_ req: Request, _ access: PlanAccess, year: Int?) async throws -> ActionPlanRow {
        guard let year, let plan = try await ActionPlanStore(database: req.db, now: req.now).rows(organisations: [access.organisation.code], year: year).first,
              access.sees(plan) else {
            throw access.noPublishedPlan(year: year)
        }
        return plan
    }

    /// The action the path names with its plan, when the reader may see the plan.
    private func action(_ req: Request, _ access: PlanAccess) async throws -> (PlanActionRow, ActionPlanRow) {
        guard let id = req.parameters.get("id", as: UUID.self), let action = try await PlanActionRow.find(id, on: req.db),
              let plan = try await ActionPlanRow.find(action.$plan.id, on: req.db),
              plan.organisationCode == access.organisation.code, access.sees(plan) else {
            throw ParityError.notFound("There is no published action with that identifier.")
        }
        return (action, plan)
    }

    private func openActions(of plan: ActionPlanRow?, _ req: Request) async throws -> [PlanActionRow] {
        guard let plan else { return [] }
        return try await PlanActionRow.query(on: req.db).filter(\.$plan.$id == plan.id!)
            .filter(\.$declaredState != DeclaredState.done.rawValue).sort(\.$position).all()
    }

    private static func requireOpen(_ plan: ActionPlanRow, _ check: inout FormCheck, field: String) {
        if !(PlanStage(rawValue: plan.stage)?.isOpen ?? true) {
            check.fail(field, "The \(plan.year) plan has been reviewed and no longer changes; start a plan for a later year.")
        }
    }

    private func changes(_ req: Request) -> ActionPlanChanges {
        ActionPlanChanges(database: req.db, author: req.auditName, now: req.now)
    }

    /// Saves and goes back to the plan, or shows its page again with the problems.
    private func save(_ req: Request, _ access: PlanAccess, year: Int?, _ check: FormCheck, _ change: () async throws -> Void) async throws -> Response {
        do {
            try check.finish()
        } catch let failure as FormErrors {
            return try await render(req, access: access, year: year, errors: failure.errors, status: .unprocessableEntity)
        }
        try await change()
        return req.redirect(to: SitePath.actionPlan(access.organisation.code, year: year).href)
    }

    private func render(_ req: Request, access: PlanAccess, year: Int?, errors: [FieldErrorView], status: HTTPResponseStatus = .ok) async throws -> Response {
        let store = ActionPlanStore(database: req.db, now: req.now)
        let organisation = access.organisation
        let rows = try await store.rows(organisations: [organisation.code])
        let visible = rows.filter(access.sees)
        let chosen = year.map { year in visible.first { $0.year == year } } ?? visible.first
        // Editors see the page without a plan, to start one; everyone else needs a plan to see.
        if chosen == nil, !access.canEdit || (year != nil && errors.isEmpty) { throw access.noPublishedPlan(year: year) }
        let plan = try await chosen.asyncMap { try await store.assessed([$0]) { req.disclosurePolicy(forOrganisations: $0) }.first! }
        let comments = try await chosen.asyncMap { plan in
            try await PlanCommentRow.query(on: req.db).filter(\.$plan.$id == plan.id!).sort(\.$postedAt, .descending).all()
        } ?? []
        let newest = rows.first
        let carryCount = try await openActions(of: newest, req).count
        let system = try await req.currentStructure().system(code: organisation.systemCode)
        let title = "\(organisation.name): action plan" + (plan.map { " \($0.year)" } ?? "")
        var breadcrumbs: [PageChrome.Breadcrumb] = [.init(label: organisation.name, href: SitePath.organisation(organisation.code).href)]
        if let system { breadcrumbs.append(.init(label: "\(system.name) action plans", href: SitePath.systemActionPlans(system.code).href)) }
        let page = ActionPlanPageView(
            chrome: try await req.chrome(title: errors.isEmpty ? title : "Error: " + title, breadcrumbs: breadcrumbs),
            name: organisation.name, organisationHref: SitePath.organisation(organisation.code).href,
            systemName: system?.name, systemPlansHref: system.map { SitePath.systemActionPlans($0.code).href },
            plan: plan.map(ActionPlanView.init), comments: comments.map(PlanCommentView.init),
            years: visible.map { PlanYearLinkView(year: $0.year, href: SitePath.actionPlan(organisation.code, year: $0.year).href,
                                                  stage: PlanStage(rawValue: $0.stage)?.label ?? $0.stage, current: $0.id == chosen?.id) },
            canEdit: access.canEdit, canRate: access.canRate, errors: errors,
            startYear: newest.map { $0.year + 1 } ?? PlanYear.current(now: req.now),
            carryFrom: carryCount > 0 ? newest?.year : nil, carryCount: carryCount,
            tagOptions: IndicatorTags.all.map { OptionView(value: $0, label: $0, selected: false) },
            measures: TargetMeasureChoice.all.map { OptionView(value: $0.rawValue, label: $0.label, selected: false) },
            ratings: PlanRating.allCases.map { OptionView(value: $0.rawValue, label: $0.label, selected: $0 == plan?.rating) },
            kinds: PlanCommentKind.allCases.map { OptionView(value: $0.rawValue, label: $0.label, selected: false) },
            ruleDescription: DeliveryRule.standard.planRuleDescription,
            startHref: SitePath.actionPlan(organisation.code).href, actionsHref: SitePath.actionPlanActions(organisation.code).href,
            publishHref: SitePath.actionPlanPublish(organisation.code).href, reviewHref: SitePath.actionPlanReview(organisation.code).href,
            ratingHref: SitePath.actionPlanRating(organisation.code).href, commentsHref: SitePath.actionPlanComments(organisation.code).href,
            apiHref: SitePath.apiActionPlan(organisation.code, year: plan?.year).href
        )
        let response = try await req.view.render("action-plans/plan", page).encodeResponse(for: req)
        response.status = status
        return response
    }

    private func renderAction(_ req: Request, _ access: PlanAccess, action: PlanActionRow, plan: ActionPlanRow,
                              errors: [FieldErrorView], status: HTTPResponseStatus = .ok) async throws -> Response {
        let assessed = try await ActionPlanStore(database: req.db, now: req.now).assessed([plan]) { req.disclosurePolicy(forOrganisations: $0) }.first!
        let found = assessed.actions.first { $0.id == action.id }!
        let updates = try await PlanActionUpdateRow.query(on: req.db).filter(\.$action.$id == action.id!).sort(\.$postedAt, .descending).all()
        let code = access.organisation.code
        let planHref = SitePath.actionPlan(code, year: plan.year).href
        let title = "\(found.what): \(access.organisation.name)"
        let page = PlanActionPageView(
            chrome: try await req.chrome(title: errors.isEmpty ? title : "Error: " + title, breadcrumbs: [
                .init(label: access.organisation.name, href: SitePath.organisation(code).href),
                .init(label: "Action plan \(plan.year)", href: planHref),
            ]),
            name: access.organisation.name, year: plan.year, planHref: planHref,
            action: PlanActionView(found, organisation: code), updates: updates.map(PlanActionUpdateView.init),
            canUpdate: access.canEdit && assessed.stage.isOpen,
            states: DeclaredState.allCases.map { OptionView(value: $0.rawValue, label: $0.label, selected: false) },
            errors: errors, updatesHref: SitePath.actionPlanActionUpdates(code, action.id!).href,
            ruleDescription: DeliveryRule.standard.planRuleDescription
        )
        let response = try await req.view.render("action-plans/action", page).encodeResponse(for: req)
        response.status = status
        return response
    }
}
