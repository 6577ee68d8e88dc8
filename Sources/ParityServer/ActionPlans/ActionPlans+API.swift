import Fluent
import ParityCore
import Vapor

/// `/api/v1/organisations/{code}/action-plan` (`?year=`, the newest plan the reader may see
/// by default), with the plan page's visibility: a draft only for those who may edit it.
struct ActionPlanAPI: RouteCollection {
    func boot(routes: RoutesBuilder) throws {
        routes.grouped("api", "v1").get("organisations", ":code", "action-plan", use: plan)
    }

    func plan(req: Request) async throws -> Response {
        let access = try await req.planAccess()
        let year: Int? = req.query["year"]
        let store = ActionPlanStore(database: req.db, now: req.now)
        let visible = try await store.rows(organisations: [access.organisation.code], year: year).filter(access.sees)
        guard let row = visible.first else { throw access.noPublishedPlan(year: year) }
        let plan = try await store.assessed([row]) { req.disclosurePolicy(forOrganisations: $0) }.first!
        let comments = try await PlanCommentRow.query(on: req.db).filter(\.$plan.$id == row.id!).sort(\.$postedAt, .descending).all()
        let updates = try await PlanActionUpdateRow.query(on: req.db).filter(\.$action.$id ~~ plan.actions.map(\.id)).sort(\.$postedAt, .descending).all()
        let years = try await store.rows(organisations: [access.organisation.code]).filter(access.sees).map(\.year)
        return try JSONResponse.make(ActionPlanDocument.plan(plan, updates: updates, comments: comments, years: years, today: req.now))
    }
}
