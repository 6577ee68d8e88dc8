import ParityCore
import Vapor

/// `/compare?scope=CODE&scope=CODE&year=YYYY`: up to six organisations or systems side by side
/// at an address that can be shared. Each scope's figures follow the disclosure rule for its
/// reader, as on its own page. More than six, or a code nobody has, is named in an error
/// summary above the form (400 and 404).
struct CompareRoutes: RouteCollection {
    func boot(routes: RoutesBuilder) throws {
        routes.get("compare", use: compare)
    }

    func compare(req: Request) async throws -> Response {
        let codes = req.query[[String].self, at: "scope"] ?? []
        let loader = req.indicatorLoader
        let (years, chosen) = try await loader.years(requested: req.query["year"])
        let year = chosen ?? Calendar.utc.component(.year, from: req.now)
        let structure = try await req.structure(asAt: Calendar.utc.snapshotDate(year: year))
        let selection = ComparisonSelection(codes: codes, in: structure)
        var page = ComparePageView(
            chrome: try await req.chrome(title: "Compare organisations and systems", breadcrumbs: [
                .init(label: structure.regionName, href: SitePath.region(year: chosen).href),
            ]),
            errors: selection.problems.map { FieldErrorView(field: "scope-choices", message: $0.description) },
            year: chosen, years: YearOptionView.options(years, chosen: chosen),
            groups: ComparePageView.groups(structure, selected: Set(selection.scopes.map(\.code)))
        )
        if selection.problems.isEmpty, !selection.scopes.isEmpty, let chosen {
            try await compare(selection, structure: structure, year: chosen, loader: loader, req: req, into: &page)
        }
        let status: HTTPStatus = selection.problems.contains { if case .tooMany = $0 { true } else { false } } ? .badRequest
            : selection.problems.isEmpty ? .ok : .notFound
        return try await req.view.render("compare", page).encodeResponse(status: status, for: req)
    }

    /// The selected scopes' figures in `year`, each under its reader's disclosure rule.
    private func compare(_ selection: ComparisonSelection, structure: RegionStructure, year: Int, loader: IndicatorLoader, req: Request,
                         into page: inout ComparePageView) async throws {
        let scopes: [ScopeReference] = selection.scopes.map {
            switch $0 {
            case let .system(entry): .system(entry.code)
            case let .organisation(entry): .organisation(entry)
            }
        }
        let data = try await loader.figures(year: year, organisations: Set(scopes.flatMap { $0.members(in: structure) }.map(\.code)))
        let policies = scopes.map { req.disclosurePolicy(forOrganisations: $0.members(in: data.structure)) }
        let figures = zip(scopes, policies).map { PublishedWRES(data.figures($0)!, policy: $1) }
        page.compared = figures.map(\.name)
        page.heatmap = ChartView(Heatmap.wresScorecard(figures, pooled: nil, columns: IndicatorColumnView.heatmapColumns, id: "compare-scorecard",
                                                       title: "Scorecard, \(year): the chosen organisations and systems side by side",
                                                       rowHeading: "Organisation or system").rendered(), layout: .below)
        page.charts = (1...9).map { ChartView(IntervalChart.wresComparison(figures, indicator: $0, id: "compare-\($0)").rendered(), layout: .below) }
        page.shareHref = SitePath.compare(codes: selection.scopes.map(\.code), year: year).href
        page.chrome.disclosureNote = Set(policies).count == 1 ? policies[0].ruleDescription
            : "Figures you may read in full are shown unsuppressed; the others follow the public rule: " + DisclosurePolicy.publicRelease.ruleDescription
    }
}
