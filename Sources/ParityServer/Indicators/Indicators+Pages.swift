import ParityCore
import Vapor

/// The region, system and organisation pages.
struct IndicatorPages: RouteCollection {
    func boot(routes: RoutesBuilder) throws {
        routes.get(use: region)
        routes.get("systems", ":code", use: system)
        routes.get("organisations", ":code", use: organisation)
    }

    func region(req: Request) async throws -> View {
        let loader = IndicatorLoader(database: req.db)
        let (years, chosen) = try await loader.years(requested: req.query["year"])
        let regionName = try await SettingsStore(database: req.db).regionName
        var page = RegionPageView(chrome: try await req.chrome(title: "\(regionName): workforce race equality"), regionName: regionName,
                                  year: chosen, years: YearOptionView.options(years, chosen: chosen), systems: [])
        guard let year = chosen else { return try await req.view.render("region", page) }
        let data = try await loader.load(year: year)
        let policy = req.disclosurePolicy(forOrganisations: ScopeReference.region.members(in: data.structure))
        let region = PublishedWRES(data.figures(.region)!, policy: policy)
        page.chrome.disclosureNote = policy.ruleDescription
        page.region = ScorecardRowView(region, href: nil)
        page.systems = data.structure.systems.map {
            ScorecardRowView(PublishedWRES(data.figures(.system($0.code))!, policy: policy), href: SitePath.system($0.code, year: year).href)
        }
        page.detail = DetailSectionsView(region, series: try await series(.region, years: years, loader: loader, policy: policy))
        page.apiHref = SitePath.apiRegion(year: year).href
        return try await req.view.render("region", page)
    }

    func system(req: Request) async throws -> View {
        let code = try req.parameters.require("code")
        let loader = IndicatorLoader(database: req.db)
        let (years, chosen) = try await loader.years(requested: req.query["year"])
        let year = chosen ?? Calendar.utc.component(.year, from: req.now)
        let data = try await loader.load(year: year)
        guard let entry = data.structure.system(code: code) else {
            throw ParityError.notFound("No system has the code \(code) in \(year).")
        }
        let policy = req.disclosurePolicy(forOrganisations: entry.organisations.map(\.code))
        let pooled = PublishedWRES(data.figures(.system(code))!, policy: policy)
        let organisations = entry.organisations.map { PublishedWRES(data.figures(.organisation($0))!, policy: policy) }
        let chrome = try await req.chrome(title: "\(entry.name): workforce race equality", breadcrumbs: [
            .init(label: data.structure.regionName, href: SitePath.region(year: year).href),
        ], disclosureNote: policy.ruleDescription)
        let page = SystemPageView(
            chrome: chrome, name: entry.name, code: code, year: chosen, years: YearOptionView.options(years, chosen: chosen),
            system: ScorecardRowView(pooled, href: nil),
            organisations: organisations.map { ScorecardRowView($0, href: SitePath.organisation($0.code, year: year).href) },
            spread: IndicatorColumnView.all.map { SpreadCellView(organisations: organisations, indicator: $0.number) },
            detail: chosen == nil ? nil : DetailSectionsView(pooled, series: try await series(.system(code), years: years, loader: loader, policy: policy)),
            apiHref: chosen == nil ? nil : SitePath.apiSystem(code, year: year).href
        )
        return try await req.view.render("system", page)
    }

    func organisation(req: Request) async throws -> View {
        let code = try req.parameters.require("code")
        guard let row = try await StructureStore(database: req.db).organisation(code: code) else {
            throw ParityError.notFound("No organisation has the code \(code).")
        }
        let loader = IndicatorLoader(database: req.db)
        let (years, chosen) = try await loader.years(requested: req.query["year"])
        let year = chosen ?? Calendar.utc.component(.year, from: req.now)
        let data = try await loader.load(year: year)
        let entry = data.structure.organisation(code: code) ?? OrganisationEntry(code: code, name: row.name, systemCode: "")
        let policy = req.disclosurePolicy(forOrganisations: [code])
        let figures = PublishedWRES(data.figures(.organisation(entry))!, policy: policy)
        let system = data.structure.system(code: entry.systemCode)
        var breadcrumbs: [PageChrome.Breadcrumb] = [.init(label: data.structure.regionName, href: SitePath.region(year: year).href)]
        if let system { breadcrumbs.append(.init(label: system.name, href: SitePath.system(system.code, year: year).href)) }
        let page = DetailPageView(
            chrome: try await req.chrome(title: "\(entry.name): workforce race equality", breadcrumbs: breadcrumbs, disclosureNote: policy.ruleDescription),
            scope: "organisation", name: entry.name, code: code, systemName: system?.name,
            systemHref: system.map { SitePath.system($0.code, year: year).href },
            year: chosen, years: YearOptionView.options(years, chosen: chosen),
            detail: DetailSectionsView(figures, series: try await series(.organisation(entry), years: years, loader: loader, policy: policy)),
            apiHref: SitePath.apiOrganisation(code, year: year).href,
            historyHref: SitePath.organisationHistory(code).href,
            uploadHref: SitePath.returnsUpload.href
        )
        return try await req.view.render("organisation", page)
    }

    private func series(_ scope: ScopeReference, years: [Int], loader: IndicatorLoader, policy: DisclosurePolicy) async throws -> [PublishedWRES] {
        try await loader.loadAllYears(years).compactMap { data in data.figures(scope).map { PublishedWRES($0, policy: policy) } }
    }
}
