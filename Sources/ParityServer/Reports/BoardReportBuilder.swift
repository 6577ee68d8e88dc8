import Fluent
import ParityCore
import Vapor

/// Gathers a board report for one scope and year as `req`'s reader may see it, from the same
/// loaders as the scope's pages: the WRES figures and their trends, commitments and the
/// organisation's action plan, staff voice themes and the governance maturity matrix.
struct BoardReportBuilder {
    let req: Request

    func build(_ scope: PageScope, requestedYear: Int?) async throws -> BoardReportView {
        let loader = req.indicatorLoader
        let (years, chosen) = try await loader.years(requested: requestedYear)
        guard let year = chosen else { throw ParityError.notFound("There are no WRES returns yet, so there is no report to make.") }
        let structure = try await req.structure(asAt: Calendar.utc.snapshotDate(year: year))
        let (reference, kind) = try await resolve(scope, structure: structure, year: year)
        let members = reference.members(in: structure)
        let loaded = try await PageData.load(loader, years: years, chosen: year, organisations: scope == .region ? nil : Set(members.map(\.code)))
        let policy = req.disclosurePolicy(forOrganisations: members)
        guard let computed = loaded.current.figures(reference) else { throw ParityError.notFound("There are no figures for \(year).") }
        let figures = PublishedWRES(computed, policy: policy)
        let series = loaded.series(reference, policy: policy)
        var view = BoardReportView(
            chrome: try await req.chrome(title: "Board report: \(figures.name), \(year)", disclosureNote: policy.ruleDescription),
            kind: kind, name: figures.name, code: scope.code, year: year, produced: DisplayDate.date(req.now),
            disclosure: policy.ruleDescription, pageHref: scope.pagePrefix.isEmpty ? SitePath.region(year: year).href : scope.pagePrefix + "?year=\(year)"
        )
        view.headlines = BoardReportView.headlines(figures)
        view.trends = (1...9).map { ChartView(IntervalChart.wresTrend(series, indicator: $0, id: "report-trend-\($0)", size: .compact).rendered()) }
        (view.trendYears, view.trendRows) = BoardReportView.trendTable(series)
        glance(reference, figures: figures, data: loaded.current, policy: policy, into: &view)
        try await commitments(reference, year: year, structure: structure, into: &view)
        try await voiceAndGovernance(scope, reference: reference, into: &view)
        return view
    }

    /// The scope the report is about, and what kind of scope it is.
    private func resolve(_ scope: PageScope, structure: RegionStructure, year: Int) async throws -> (ScopeReference, String) {
        switch scope {
        case .region:
            return (.region, "Region")
        case let .system(code):
            guard structure.system(code: code) != nil else { throw ParityError.notFound("No system has the code \(code) in \(year).") }
            return (.system(code), "Integrated care system")
        case let .organisation(code):
            guard let row = try await StructureStore(database: req.db).organisation(code: code) else {
                throw ParityError.notFound("No organisation has the code \(code).")
            }
            return (.organisation(structure.organisation(code: code) ?? OrganisationEntry(code: code, name: row.name, systemCode: "")), "Organisation")
        }
    }

    /// The scope at a glance: an organisation's representation by band, a system's or the
    /// region's members as a heatmap, and for the region the funnel plots of indicators 2–4.
    private func glance(_ reference: ScopeReference, figures: PublishedWRES, data: FigureYear, policy: DisclosurePolicy,
                        into view: inout BoardReportView) {
        switch reference {
        case .organisation:
            view.glanceHeading = "Representation by pay band"
            view.glance = ChartView(BarChart.wresRepresentation(figures, id: "report-bands").rendered(), layout: .below)
        case let .system(code):
            let organisations = (data.structure.system(code: code)?.organisations ?? []).compactMap { data.figures(.organisation($0)) }.map { PublishedWRES($0, policy: policy) }
            view.glanceHeading = "Organisations at a glance"
            view.glance = ChartView(Heatmap.wresScorecard(organisations, pooled: figures, columns: IndicatorColumnView.heatmapColumns, id: "report-scorecard",
                                                          title: "\(figures.name), \(figures.year): each organisation's flag on the nine indicators",
                                                          rowHeading: "Organisation").rendered(), layout: .below)
        case .region:
            let systems = data.structure.systems.compactMap { data.figures(.system($0.code)) }.map { PublishedWRES($0, policy: policy) }
            view.glanceHeading = "Systems at a glance"
            view.glance = ChartView(Heatmap.wresScorecard(systems, pooled: figures, columns: IndicatorColumnView.heatmapColumns, id: "report-scorecard",
                                                          title: "Region scorecard, \(figures.year): each system's flag on the nine indicators",
                                                          rowHeading: "System").rendered(), layout: .below)
            let organisations = data.structure.organisations.map { PublishedWRES(data.figures(.organisation($0))!, policy: policy) }
            view.funnels = [2, 3, 4].compactMap { indicator in
                FunnelPlot.wres(indicator: indicator, pooled: figures, organisations: organisations, id: "report-funnel-\(indicator)")
                    .map { ChartView($0.rendered(), layout: .below) }
            }
        }
    }

    /// Commitments: the region's by system and status; a system's one by one; for an
    /// organisation, its system's and its own action plan for the year.
    private func commitments(_ reference: ScopeReference, year: Int, structure: RegionStructure, into view: inout BoardReportView) async throws {
        let store = CommitmentStore(database: req.db, now: req.now)
        let viewer: ([OrganisationEntry]) -> DisclosurePolicy = { req.disclosurePolicy(forOrganisations: $0) }
        switch reference {
        case .region:
            (view.statusColumns, view.statusRows) = BoardReportView.statusTable(try await store.assessed(viewer: viewer), systems: structure.systems)
        case let .system(code):
            view.commitmentsScope = view.name
            view.commitments = try await store.assessed(systems: [code], viewer: viewer).sorted { $0.due < $1.due }.map(CommitmentSummaryView.init)
        case let .organisation(entry):
            if let system = structure.system(code: entry.systemCode) {
                view.commitmentsScope = system.name
                view.commitments = try await store.assessed(systems: [system.code], viewer: viewer).sorted { $0.due < $1.due }.map(CommitmentSummaryView.init)
            }
            let plans = ActionPlanStore(database: req.db, now: req.now)
            let access = PlanAccess(entry, actor: req.actor)
            if let plan = try await plans.assessed(try await plans.rows(organisations: [entry.code], year: year).filter(access.sees), viewer: viewer).first {
                view.planTitle = "\(entry.name)'s action plan for \(plan.year) (\(plan.stage.label.lowercased()))"
                view.actions = plan.actions.map {
                    BoardReportView.ActionRow(what: $0.what, owner: $0.owner, due: DisplayDate.date($0.due), status: StatusView($0.status))
                }
            }
        }
    }

    /// What staff say, by theme, and the maturity matrix of the scope's system (every system
    /// and the region's own criteria for the region).
    private func voiceAndGovernance(_ scope: PageScope, reference: ScopeReference, into view: inout BoardReportView) async throws {
        let voice: WhatStaffSay?
        do {
            voice = try await WhatStaffSayRoutes.figures(req, scope: scope).1
        } catch ParityError.notFound {
            voice = nil // an organisation no longer in any system has no staff network
        }
        if let voice {
            view.contributions = voice.contributions.display
            view.themes = VoiceTheme.allCases.map { theme in
                BoardReportView.Theme(label: theme.label, recent: voice.recentTotals[theme]?.display ?? "fewer than 10",
                                      indicators: (theme.wresIndicators.map { "WRES \($0)" } + theme.wdesMetrics.map { "WDES \($0.rawValue)" }).joined(separator: ", "))
            }
        }
        let today = try await req.currentStructure()
        let maturity = try await GovernanceStore(database: req.db).maturity(structure: today, today: req.now)
        let systemCode: String? = switch reference {
        case .region: nil
        case let .system(code): code
        case let .organisation(entry): entry.systemCode
        }
        let systems = maturity.systems.filter { systemCode == nil || $0.0.code == systemCode }
        guard !systems.isEmpty else { return }
        view.maturity = MaturityView(region: systemCode == nil ? maturity.region : [], systems: systems, showsFigures: req.showsGovernanceFigures)
    }
}
