import ParityCore
import Vapor

/// The Model Employer pages (`/model-employer`, `/systems/{code}/model-employer`,
/// `/organisations/{code}/model-employer`, each with `?year=`) and their JSON documents
/// (`/api/v1/{region | systems/{code} | organisations/{code}}/model-employer/{year}`).
struct ModelEmployerRoutes: RouteCollection {
    func boot(routes: RoutesBuilder) throws {
        routes.get("model-employer") { try await page($0, scope: .region) }
        routes.get("systems", ":code", "model-employer") { try await page($0, scope: .system(try $0.parameters.require("code"))) }
        routes.get("organisations", ":code", "model-employer") { try await page($0, scope: .organisation(try $0.parameters.require("code"))) }
        let api = routes.grouped("api", "v1")
        api.get("region", "model-employer", ":year") { try await document($0, scope: .region) }
        api.get("systems", ":code", "model-employer", ":year") { try await document($0, scope: .system(try $0.parameters.require("code"))) }
        api.get("organisations", ":code", "model-employer", ":year") { try await document($0, scope: .organisation(try $0.parameters.require("code"))) }
    }

    func page(_ req: Request, scope: PageScope) async throws -> View {
        let result = try await ModelEmployerQuery(database: req.db, now: req.now).plan(scope, year: req.query["year"])
        let policy = req.disclosurePolicy(forOrganisations: result.members)
        let published = result.plan.map { PublishedModelEmployer($0, policy: policy) }
        let year = published?.year
        let chrome = try await req.chrome(title: "\(result.name): Model Employer goals", breadcrumbs: [
            .init(label: result.name, href: scope.pagePrefix.isEmpty ? SitePath.region(year: year).href : scope.pagePrefix + (year.map { "?year=\($0)" } ?? "")),
        ], disclosureNote: policy.ruleDescription)
        let page = ModelEmployerPageView(
            chrome: chrome, scope: scope.kind, name: result.name, year: year,
            years: YearOptionView.options(result.years, chosen: year), hasPlan: published != nil,
            baselineYear: published?.baselineYear,
            overall: published.map { overallSentence($0) } ?? "",
            bands: published.map(ModelEmployerPageView.rows) ?? [],
            pathYears: published?.bands.first?.path.map(\.year) ?? [],
            pathRows: published.map(ModelEmployerPageView.path) ?? [],
            charts: published?.bands.compactMap(BandChartView.init) ?? [],
            apiHref: year.map { SitePath.apiModelEmployer(scope, year: $0).href },
            backHref: scope.pagePrefix.isEmpty ? "/" : scope.pagePrefix
        )
        return try await req.view.render("model-employer/plan", page)
    }

    func document(_ req: Request, scope: PageScope) async throws -> Response {
        guard let year = req.parameters.get("year", as: Int.self) else {
            throw ParityError.invalidInput("The year must be a four-digit number, e.g. 2026.")
        }
        let result = try await ModelEmployerQuery(database: req.db, now: req.now).plan(scope, year: year)
        guard let plan = result.plan, plan.year == year else {
            throw ParityError.notFound("\(result.name) has no WRES return for \(year).")
        }
        let published = PublishedModelEmployer(plan, policy: req.disclosurePolicy(forOrganisations: result.members))
        return try JSONResponse.make(ModelEmployerDocument.make(published, scope: scope.kind, code: scope.code, name: result.name))
    }

    private func overallSentence(_ published: PublishedModelEmployer) -> String {
        let share = published.targetPercent.map(DisplayFormat.percent) ?? "withheld"
        return "The whole workforce in \(published.year): \(published.overallBME.display) BME staff of \(published.overallTotal.display) (\(share)). "
            + "Every band from 8a to VSM aims to reach this share by \(ModelEmployer.aspirationYear), on a straight path from \(published.baselineYear), the first year with returns."
    }
}
