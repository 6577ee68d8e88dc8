import Fluent
import ParityCore
import Vapor

/// The region, system and organisation pages.
struct IndicatorPages: RouteCollection {
    func boot(routes: RoutesBuilder) throws {
        routes.get(use: region).keptForThePublic()
        routes.get("systems", ":code", use: system).keptForThePublic()
        routes.get("organisations", ":code", use: organisation).keptForThePublic()
    }

    func region(req: Request) async throws -> View {
        let loader = req.indicatorLoader
        let (years, chosen) = try await loader.years(requested: req.query["year"])
        let regionName = try await SettingsStore(database: req.db).regionName
        var page = RegionPageView(chrome: try await req.chrome(title: "\(regionName): workforce race equality"), regionName: regionName,
                                  year: chosen, years: YearOptionView.options(years, chosen: chosen), systems: [])
        let today = try await req.currentStructure()
        let maturity = try await req.regionMaturity()
        page.maturity = maturity.systems.isEmpty ? nil : MaturityView(region: maturity.region, systems: maturity.systems, showsFigures: req.showsGovernanceFigures)
        page.celebrated = try await CaseStudyRow.query(on: req.db).filter(\.$endorsedAt != nil).sort(\.$endorsedAt, .descending).limit(6).all().map { row in
            CelebratedView(title: row.title, from: row.scopeKind == "system" ? today.system(code: row.scopeCode)?.name ?? row.scopeCode
                                                                             : today.organisation(code: row.scopeCode)?.name ?? row.scopeCode,
                           href: SitePath.caseStudy(row.id!).href)
        }
        guard let year = chosen else { return try await req.view.render("region", page) }
        let loaded = try await PageData.load(loader, years: years, chosen: year)
        let policy = req.disclosurePolicy(forOrganisations: ScopeReference.region.members(in: loaded.current.structure))
        let region = PublishedWRES(loaded.current.figures(.region)!, policy: policy)
        page.chrome.disclosureNote = policy.ruleDescription
        page.region = ScorecardRowView(region, href: nil)
        let systems = loaded.current.structure.systems.map { PublishedWRES(loaded.current.figures(.system($0.code))!, policy: policy) }
        page.systems = systems.map { ScorecardRowView($0, href: SitePath.system($0.code, year: year).href) }
        page.scorecardChart = ScorecardChart.view(systems, pooled: region, rowHeading: "System", id: "region-scorecard",
                                                  title: "Region scorecard, \(year): each system's flag on the nine indicators")
        let organisations = loaded.current.structure.organisations.map { PublishedLikelihoods(loaded.current.figures(.organisation($0))!, policy: policy) }
        page.funnels = [2, 3, 4].compactMap { indicator in
            FunnelPlot.wres(indicator: indicator, pooled: region, organisations: organisations, id: "funnel-\(indicator)").map { ChartView($0.rendered(), layout: .below) }
        }
        page.compareHref = SitePath.compare(codes: [], year: year).href
        page.reportHref = SitePath.boardReport(.region, year: year).href
        var detail = DetailSectionsView(region, series: loaded.series(.region, policy: policy))
        detail.attach(voice: try await WhatStaffSayRoutes.sharedFigures(req, scope: .region), href: SitePath.whatStaffSay(.region).href)
        page.detail = detail
        page.apiHref = SitePath.apiRegion(year: year).href
        return try await req.view.render("region", page)
    }

    func system(req: Request) async throws -> View {
        let code = try req.parameters.require("code")
        let loader = req.indicatorLoader
        let (years, chosen) = try await loader.years(requested: req.query["year"])
        let year = chosen ?? Calendar.utc.component(.year, from: req.now)
        let structure = try await req.structure(asAt: Calendar.utc.snapshotDate(year: year))
        guard let entry = structure.system(code: code) else {
            throw ParityError.notFound("No system has the code \(code) in \(year).")
        }
        let loaded = try await PageData.load(loader, years: years, chosen: year, organisations: Set(entry.organisations.map(\.code)))
        let policy = req.disclosurePolicy(forOrganisations: entry.organisations)
        let pooled = PublishedWRES(loaded.current.figures(.system(code))!, policy: policy)
        let organisations = entry.organisations.map { PublishedWRES(loaded.current.figures(.organisation($0))!, policy: policy) }
        let chrome = try await req.chrome(title: "\(entry.name): workforce race equality", breadcrumbs: [
            .init(label: structure.regionName, href: SitePath.region(year: year).href),
        ], disclosureNote: policy.ruleDescription)
        var detail = DetailSectionsView(pooled, series: loaded.series(.system(code), policy: policy))
        detail.attach(voice: try await WhatStaffSayRoutes.sharedFigures(req, scope: .system(code)), href: SitePath.whatStaffSay(.system(code)).href)
        var page = SystemPageView(
            chrome: chrome, wdesHref: "/systems/\(code)/wdes" + (chosen.map { "?year=\($0)" } ?? ""), name: entry.name, code: code, year: chosen, years: YearOptionView.options(years, chosen: chosen),
            system: ScorecardRowView(pooled, href: nil),
            organisations: organisations.map { ScorecardRowView($0, href: SitePath.organisation($0.code, year: year).href) },
            spread: IndicatorColumnView.all.map { SpreadCellView(organisations: organisations, indicator: $0.number) },
            detail: detail,
            apiHref: SitePath.apiSystem(code, year: year).href,
            governanceHref: SitePath.systemGovernance(code).href,
            commitmentsHref: SitePath.systemCommitments(code).href,
            whatStaffSayHref: SitePath.whatStaffSay(.system(code)).href,
            youSaidWeDidHref: SitePath.youSaidWeDid(code).href,
            voiceHref: AccessPolicy.decide(req.actor, .moderateStaffVoice, .system(code: code)).isAllowed ? SitePath.systemVoice(code).href : nil
        )
        page.scorecardChart = ScorecardChart.view(organisations, pooled: pooled, rowHeading: "Organisation", id: "system-scorecard",
                                                  title: "\(entry.name), \(year): each organisation's flag on the nine indicators")
        page.reportHref = SitePath.boardReport(.system(code), year: year).href
        page.compareHref = SitePath.compare(codes: [code] + entry.organisations.prefix(ComparisonSelection.limit - 1).map(\.code), year: year).href
        return try await req.view.render("system", page)
    }

    func organisation(req: Request) async throws -> View {
        let code = try req.parameters.require("code")
        guard let row = try await StructureStore(database: req.db).organisation(code: code) else {
            throw ParityError.notFound("No organisation has the code \(code).")
        }
        let loader = req.indicatorLoader
        let (years, chosen) = try await loader.years(requested: req.query["year"])
        let year = chosen ?? Calendar.utc.component(.year, from: req.now)
        let loaded = try await PageData.load(loader, years: years, chosen: year, organisations: [code])
        let structure = loaded.current.structure
        let entry = structure.organisation(code: code) ?? OrganisationEntry(code: code, name: row.name, systemCode: "")
        let policy = req.disclosurePolicy(forOrganisations: [entry])
        let figures = PublishedWRES(loaded.current.figures(.organisation(entry))!, policy: policy)
        let system = structure.system(code: entry.systemCode)
        var breadcrumbs: [PageChrome.Breadcrumb] = [.init(label: structure.regionName, href: SitePath.region(year: year).href)]
        if let system { breadcrumbs.append(.init(label: system.name, href: SitePath.system(system.code, year: year).href)) }
        var detail = DetailSectionsView(figures, series: loaded.series(.organisation(entry), policy: policy))
        if system != nil {
            detail.attach(voice: try await WhatStaffSayRoutes.sharedFigures(req, scope: .organisation(code)), href: SitePath.whatStaffSay(.organisation(code)).href)
        }
        var page = DetailPageView(
            chrome: try await req.chrome(title: "\(entry.name): workforce race equality", breadcrumbs: breadcrumbs, disclosureNote: policy.ruleDescription),
            wdesHref: "/organisations/\(code)/wdes" + (chosen.map { "?year=\($0)" } ?? ""),
            scope: "organisation", name: entry.name, code: code, systemName: system?.name,
            systemHref: system.map { SitePath.system($0.code, year: year).href },
            year: chosen, years: YearOptionView.options(years, chosen: chosen),
            detail: detail,
            apiHref: SitePath.apiOrganisation(code, year: year).href,
            historyHref: SitePath.organisationHistory(code).href,
            uploadHref: SitePath.returnsUpload.href
        )
        page.reportHref = SitePath.boardReport(.organisation(code), year: year).href
        page.compareHref = SitePath.compare(codes: [code], year: year).href
        page.canUpload = AccessPolicy.decide(req.actor, .importReturn, .organisation(code: code, systemCode: system?.code)).isAllowed
        let key = ReturnKey(organisation: code, year: year, standard: .wres)
        page.revisions = try await PublicRevisions(database: req.db).accepted(key).map(RevisionNoteView.init)
        page.revisionUnderReview = try await PublicRevisions(database: req.db).isUnderReview(key)
        return try await req.view.render("organisation", page)
    }
}

/// A page's data: the chosen year and every year with returns (for the trends), read once.
struct PageData {
    var current: FigureYear
    var all: [FigureYear]

    static func load(_ loader: IndicatorLoader, years: [Int], chosen: Int, organisations: Set<String>? = nil) async throws -> PageData {
        let loaded = try await loader.figures(years: Array(Set(years + [chosen])), organisations: organisations)
        return PageData(current: loaded[chosen]!, all: loaded.values.filter { years.contains($0.year) }.sorted { $0.year < $1.year })
    }

    /// The scope's published figures in every year, oldest first.
    func series(_ scope: ScopeReference, policy: DisclosurePolicy) -> [PublishedWRES] {
        all.compactMap { data in data.figures(scope).map { PublishedWRES($0, policy: policy) } }
    }
}
