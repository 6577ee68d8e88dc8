import Fluent
import ParityCore
import Vapor

/// Every organisation's plan in one view: `/systems/{code}/action-plans` for the system lead
/// and `/action-plans` for the region, grouped by system (`?year=`, the newest year with a
/// plan by default). A draft shows only to those who may edit it, as on the plan's own page.
struct ActionPlanOverviews: RouteCollection {
    func boot(routes: RoutesBuilder) throws {
        routes.get("action-plans", use: region)
        routes.get("systems", ":code", "action-plans", use: system)
    }

    func region(req: Request) async throws -> View {
        let structure = try await req.currentStructure()
        return try await render(req, title: "\(structure.regionName): action plans", systems: structure.systems, scope: nil,
                                breadcrumbs: [.init(label: structure.regionName, href: SitePath.region().href)])
    }

    func system(req: Request) async throws -> View {
        let code = try req.parameters.require("code")
        let structure = try await req.currentStructure()
        guard let system = structure.system(code: code) else { throw ParityError.notFound("No system has the code \(code).") }
        return try await render(req, title: "\(system.name): action plans", systems: [system], scope: code, breadcrumbs: [
            .init(label: structure.regionName, href: SitePath.region().href),
            .init(label: system.name, href: SitePath.system(code).href),
        ])
    }

    private func render(_ req: Request, title: String, systems: [SystemEntry], scope: String?, breadcrumbs: [PageChrome.Breadcrumb]) async throws -> View {
        let store = ActionPlanStore(database: req.db, now: req.now)
        let organisations = systems.flatMap(\.organisations)
        let access = Dictionary(uniqueKeysWithValues: organisations.map { ($0.code, PlanAccess($0, actor: req.actor)) })
        let visible = try await store.rows(organisations: Set(access.keys)).filter { access[$0.organisationCode]!.sees($0) }
        let years = Array(Set(visible.map(\.year))).sorted(by: >)
        let year: Int = req.query["year"] ?? years.first ?? PlanYear.current(now: req.now)
        let plans = try await store.assessed(visible.filter { $0.year == year }) { req.disclosurePolicy(forOrganisations: $0) }
        let byOrganisation = Dictionary(uniqueKeysWithValues: plans.map { ($0.organisation.code, $0) })
        let page = ActionPlanOverviewView(
            chrome: try await req.chrome(title: "\(title), \(year)", breadcrumbs: breadcrumbs),
            title: title, year: year, years: YearOptionView.options(years, chosen: year),
            groups: systems.map { system in
                ActionPlanOverviewView.Group(
                    name: system.name, href: scope == nil ? SitePath.systemActionPlans(system.code, year: year).href : nil,
                    rows: system.organisations.map { OverviewRowView($0, plan: byOrganisation[$0.code], year: year) }
                )
            },
            summary: ActionPlanOverviewView.summary(plans, organisations: organisations.count),
            ruleDescription: DeliveryRule.standard.planRuleDescription
        )
        return try await req.view.render("action-plans/overview", page)
    }
}

/// One organisation's row in an overview: its plan's stage, health, statuses, uncovered
/// adverse indicators and rating, or that it has no plan the reader may see.
struct OverviewRowView: Encodable {
    var name: String
    var href: String
    var hasPlan: Bool
    var stage: String
    var health: HealthView?
    var red: Int
    var amber: Int
    var green: Int
    var closed: Int
    var uncovered: [String]
    var rating: String?
    var ratingCss: String
    var ratingReason: String?

    init(_ organisation: OrganisationEntry, plan: AssessedPlan?, year: Int) {
        name = organisation.name
        href = SitePath.actionPlan(organisation.code, year: plan == nil ? nil : year).href
        hasPlan = plan != nil
        stage = plan?.stage.label ?? "No published plan"
        health = plan.map { HealthView($0.health) }
        red = plan?.count(.red) ?? 0
        amber = plan?.count(.amber) ?? 0
        green = plan?.count(.green) ?? 0
        closed = (plan?.actions.count ?? 0) - red - amber - green
        uncovered = plan?.uncovered ?? []
        rating = plan?.rating?.label
        ratingCss = plan?.rating == .sufficient ? "p-flag p-flag--non-adverse" : "p-flag p-flag--adverse"
        ratingReason = plan?.ratingReason
    }
}

/// `/systems/{code}/action-plans` and `/action-plans`.
struct ActionPlanOverviewView: Encodable {
    var chrome: PageChrome
    var title: String
    var year: Int
    var years: [YearOptionView]
    var groups: [Group]
    var summary: String
    var ruleDescription: String

    struct Group: Encodable {
        var name: String
        var href: String?
        var rows: [OverviewRowView]
    }

    /// "7 of 12 organisations have a plan for 2026: 2 with actions overdue, 3 rated needs work,
    /// 1 with an adverse indicator no action answers."
    static func summary(_ plans: [AssessedPlan], organisations: Int) -> String {
        let overdue = plans.filter { $0.health == .overdue }.count
        let needsWork = plans.filter { $0.rating == .needsWork }.count
        let uncovered = plans.filter { !$0.uncovered.isEmpty }.count
        let year = plans.first.map { " for \($0.year)" } ?? ""
        return "\(plans.count) of \(organisations) organisations have a plan\(year): \(overdue) with actions overdue, "
            + "\(needsWork) rated needs work, \(uncovered) with an adverse indicator no action answers."
    }
}
