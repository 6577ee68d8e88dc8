import ParityCore
import Vapor

/// The WDES tab of the region, system and organisation pages (`/wdes`,
/// `/systems/{code}/wdes`, `/organisations/{code}/wdes`, `?year=`) and their JSON under
/// `/api/v1/…/wdes/{year}`. Disclosure follows the viewer, as for WRES.
struct WDESRoutes: RouteCollection {
    func boot(routes: RoutesBuilder) throws {
        routes.get("wdes") { try await page($0, scope: .region) }.keptForThePublic()
        routes.get("systems", ":code", "wdes") { try await page($0, scope: .system(try $0.parameters.require("code"))) }.keptForThePublic()
        routes.get("organisations", ":code", "wdes") { req in try await page(req, scope: .organisation(try await organisation(req))) }.keptForThePublic()
        let api = routes.grouped("api", "v1")
        api.get("region", "wdes", ":year") { try await document($0, scope: .region) }.keptForThePublic()
        api.get("systems", ":code", "wdes", ":year") { try await document($0, scope: .system(try $0.parameters.require("code"))) }.keptForThePublic()
        api.get("organisations", ":code", "wdes", ":year") { req in
            let entry = try await organisation(req)
            return try await document(req, scope: .organisation(entry), revisionsOf: entry.code)
        }.keptForThePublic()
    }

    func page(_ req: Request, scope: ScopeReference) async throws -> View {
        let loader = WDESLoader(database: req.db, withholding: YearWithholding(database: req.db))
        let (years, chosen) = try await loader.years(requested: req.query["year"])
        let structure = try await req.structure(asAt: Calendar.utc.snapshotDate(year: chosen ?? Calendar.utc.component(.year, from: req.now)))
        let (name, caption, wresHref, crumbs) = try Self.describe(scope, structure: structure, year: chosen)
        var page = WDESPageView(
            chrome: try await req.chrome(title: "\(name): workforce disability equality", breadcrumbs: crumbs),
            caption: caption, name: name, year: chosen, years: YearOptionView.options(years, chosen: chosen), hasData: false,
            wresHref: wresHref, apiHref: nil, metrics: [], tables: [], scorecardColumns: [], members: [], narrative: nil,
            intersection: [], intersectionNote: nil, trends: []
        )
        guard let year = chosen else { return try await req.view.render("wdes", page) }
        let loaded = try await loader.load(years: Array(Set(years + [year])))
        let data = loaded[year]!
        let resolved = Self.resolved(scope, in: data.structure)
        guard let computed = data.figures(resolved) else { throw ParityError.notFound("\(name) has no WDES figures for \(year).") }
        let members = resolved.members(in: data.structure)
        let policy = req.disclosurePolicy(forOrganisations: members)
        let figures = PublishedWDES(computed, policy: policy)
        page.chrome.disclosureNote = policy.ruleDescription
        page.hasData = figures.hasData
        page.apiHref = Self.apiPrefix(scope) + "/wdes/\(year)"
        page.metrics = WDESPageView.metrics(figures)
        page.tables = WDESPageView.tables(figures)
        page.narrative = figures.voiceAction.narrative
        if case let .organisation(entry) = resolved {
            let key = ReturnKey(organisation: entry.code, year: year, standard: .wdes)
            page.revisions = try await PublicRevisions(database: req.db).accepted(key).map(RevisionNoteView.init)
            page.revisionUnderReview = try await PublicRevisions(database: req.db).isUnderReview(key)
        }
        let series = loaded.values.filter { years.contains($0.year) }.compactMap { $0.figures(Self.resolved(scope, in: $0.structure)) }
            .map { PublishedWDES($0, policy: policy) }
        page.trends = WDESMetric.likelihoods.map { ChartView(IntervalChart.wdesTrend(series, metric: $0, id: "wdes-trend-\($0.rawValue)").rendered()) }
        page.scorecardColumns = WDESPageView.scorecardMetrics.map { "\($0.rawValue) \(WDESReading.title(metric: $0))" }
        switch resolved {
        case .region:
            page.members = data.structure.systems.compactMap { system in
                data.figures(.system(system.code)).map { .init(name: system.name, href: "/systems/\(system.code)/wdes?year=\(year)", cells: WDESPageView.cells(PublishedWDES($0, policy: policy))) }
            }
        case let .system(code):
            page.members = (data.structure.system(code: code)?.organisations ?? []).compactMap { entry in
                data.figures(.organisation(entry)).map { .init(name: entry.name, href: "/organisations/\(entry.code)/wdes?year=\(year)", cells: WDESPageView.cells(PublishedWDES($0, policy: policy))) }
            }
        case .organisation:
            break
        }
        if let intersection = data.intersection(resolved, disclosure: policy), intersection.hasData {
            page.intersection = WDESPageView.intersection(intersection)
            page.intersectionNote = "From \(intersection.organisationsReporting) organisation\(intersection.organisationsReporting == 1 ? "" : "s") whose WRES return also counts staff by disability."
        }
        return try await req.view.render("wdes", page)
    }

    /// - Parameter revisionsOf: an organisation whose return's revisions the document lists (issue 20).
    func document(_ req: Request, scope: ScopeReference, revisionsOf organisation: String? = nil) async throws -> Response {
        guard let year = req.parameters.get("year", as: Int.self) else {
            throw ParityError.invalidInput("The year must be a four-digit number, e.g. 2026.")
        }
        let result = try await WDESReportQuery(database: req.db, withholding: YearWithholding(database: req.db)).figures(scope, year: year) { req.disclosurePolicy(forOrganisations: $0) }
        guard let organisation else { return try JSONResponse.make(WDESDocument.make(result)) }
        return try JSONResponse.make(try await RevisionDocument.annotated(WDESDocument.make(result), ReturnKey(organisation: organisation, year: year, standard: .wdes), database: req.db))
    }

    private func organisation(_ req: Request) async throws -> OrganisationEntry {
        let code = try req.parameters.require("code")
        guard let row = try await StructureStore(database: req.db).organisation(code: code) else {
            throw ParityError.notFound("No organisation has the code \(code).")
        }
        return OrganisationEntry(code: code, name: row.name, systemCode: "")
    }

    private static func resolved(_ scope: ScopeReference, in structure: RegionStructure) -> ScopeReference {
        if case let .organisation(entry) = scope, let member = structure.organisation(code: entry.code) { return .organisation(member) }
        return scope
    }

    private static func apiPrefix(_ scope: ScopeReference) -> String {
        switch scope {
        case .region: "/api/v1/region"
        case let .system(code): "/api/v1/systems/\(code)"
        case let .organisation(entry): "/api/v1/organisations/\(entry.code)"
        }
    }

    /// The scope's name, caption, WRES page and breadcrumbs.
    private static func describe(_ scope: ScopeReference, structure: RegionStructure, year: Int?) throws -> (String, String, String, [PageChrome.Breadcrumb]) {
        let region = PageChrome.Breadcrumb(label: structure.regionName, href: SitePath.region(year: year).href)
        switch scope {
        case .region:
            return (structure.regionName, "Region", SitePath.region(year: year).href, [])
        case let .system(code):
            guard let system = structure.system(code: code) else { throw ParityError.notFound("No system has the code \(code).") }
            return (system.name, "System \(code)", SitePath.system(code, year: year).href, [region])
        case let .organisation(entry):
            let member = structure.organisation(code: entry.code)
            var crumbs = [region]
            if let system = member.flatMap({ structure.system(code: $0.systemCode) }) {
                crumbs.append(.init(label: system.name, href: SitePath.system(system.code, year: year).href))
            }
            return (member?.name ?? entry.name, "Organisation \(entry.code)", SitePath.organisation(entry.code, year: year).href, crumbs)
        }
    }
}
