import ParityCore
import Vapor

/// EDS 2022 assessments: `/organisations/{code}/eds` and `/systems/{code}/eds` (page and
/// form, `?year=`), `/eds?year=` (the region table) and their JSON under `/api/v1`.
///
/// Recording is gated by the access rule: for an organisation, `signOffReturn` on the
/// organisation (its data lead and regional admins — an EDS grading is the organisation's own
/// declaration, as its return is); for a system, `manageGovernance` on the system (its system
/// lead and regional admins). Reading is open: EDS gradings are published, not counts.
struct EDSRoutes: RouteCollection {
    func boot(routes: RoutesBuilder) throws {
        routes.get("eds", use: region)
        routes.get("organisations", ":code", "eds") { try await page($0, scope: .organisation(try $0.parameters.require("code"))) }
        routes.post("organisations", ":code", "eds") { try await save($0, scope: .organisation(try $0.parameters.require("code"))) }
        routes.get("systems", ":code", "eds") { try await page($0, scope: .system(try $0.parameters.require("code"))) }
        routes.post("systems", ":code", "eds") { try await save($0, scope: .system(try $0.parameters.require("code"))) }
        let api = routes.grouped("api", "v1")
        api.get("region", "eds", ":year", use: regionDocument)
        api.get("organisations", ":code", "eds", ":year") { try await document($0, scope: .organisation(try $0.parameters.require("code"))) }
        api.get("systems", ":code", "eds", ":year") { try await document($0, scope: .system(try $0.parameters.require("code"))) }
    }

    func page(_ req: Request, scope: EDSScope) async throws -> View {
        let (name, resource) = try await resolve(req, scope)
        let year = req.query["year"] ?? currentYear(req)
        return try await render(req, scope: scope, name: name, resource: resource, year: year, sent: nil, errors: [])
    }

    func save(_ req: Request, scope: EDSScope) async throws -> Response {
        let (name, resource) = try await resolve(req, scope)
        try req.require(permission(scope), on: resource)
        let (submission, errors) = EDSForm.submission(try req.content.decode([String: String].self), currentYear: currentYear(req))
        guard errors.isEmpty else {
            let view = try await render(req, scope: scope, name: name, resource: resource, year: submission.year == 0 ? currentYear(req) : submission.year, sent: submission, errors: errors)
            return try await view.encodeResponse(status: .unprocessableEntity, for: req)
        }
        try await EDSStore(database: req.db).save(submission, scope: scope, actor: req.auditName, now: req.now)
        return req.redirect(to: scope.pageHref + "?year=\(submission.year)", redirectType: .normal)
    }

    func region(req: Request) async throws -> View {
        let store = EDSStore(database: req.db)
        let years = try await store.years()
        let year = req.query["year"] ?? years.first ?? currentYear(req)
        let records = Dictionary(try await store.records(year: year).map { ($0.scope, $0) }, uniquingKeysWith: { a, _ in a })
        let structure = try await req.structure(asAt: Calendar.utc.snapshotDate(year: year))
        var rows: [EDSRegionPageView.Row] = []
        for system in structure.systems {
            for scope in [EDSScope.system(system.code)] + system.organisations.map({ EDSScope.organisation($0.code) }) {
                let name = scope == .system(system.code) ? "\(system.name) (system-commissioned services)" : system.organisations.first { $0.code == scope.code }!.name
                rows.append(Self.row(name: name, scope: scope, record: records[scope]))
            }
        }
        let page = EDSRegionPageView(
            chrome: try await req.chrome(title: "EDS 2022 ratings, \(year)", breadcrumbs: [.init(label: structure.regionName, href: SitePath.region().href)]),
            year: year, years: YearOptionView.options(years, chosen: year), outcomes: EDSOutcome.allCases.map(\.rawValue),
            rows: rows, recorded: records.count, apiHref: "/api/v1/region/eds/\(year)", bandRule: EDSSettings.bands.ruleDescription
        )
        return try await req.view.render("eds/region", page)
    }

    func document(_ req: Request, scope: EDSScope) async throws -> Response {
        _ = try await resolve(req, scope)
        let year = try requiredYear(req)
        guard let record = try await EDSStore(database: req.db).records(scope).first(where: { $0.year == year }) else {
            throw ParityError.notFound("No EDS 2022 assessment of \(scope.code) for \(year) has been recorded.")
        }
        return try JSONResponse.make(EDSDocument.record(record))
    }

    func regionDocument(req: Request) async throws -> Response {
        let year = try requiredYear(req)
        return try JSONResponse.make(EDSDocument.region(year: year, records: try await EDSStore(database: req.db).records(year: year)))
    }

    private func render(_ req: Request, scope: EDSScope, name: String, resource: Resource, year: Int, sent: EDSSubmission?, errors: [FieldErrorView]) async throws -> View {
        let records = try await EDSStore(database: req.db).records(scope)
        let current = records.first { $0.year == year }
        let canEdit = AccessPolicy.decide(req.actor, permission(scope), resource).isAllowed
        let title = "\(name): EDS 2022"
        let page = EDSPageView(
            chrome: try await req.chrome(title: errors.isEmpty ? title : "Error: " + title, breadcrumbs: [
                .init(label: name, href: scope.pageHref.replacingOccurrences(of: "/eds", with: "")),
                .init(label: "EDS 2022 ratings", href: "/eds"),
            ]),
            scope: scope.kind, name: name, code: scope.code, year: year,
            trend: records.reversed().map(EDSTrendRowView.init), detail: current.map(EDSDetailView.init),
            canEdit: canEdit, form: EDSFormView(year: year, submission: sent ?? current?.submission), errors: errors,
            action: scope.pageHref, apiHref: scope.apiPrefix + "/\(year)", regionHref: "/eds?year=\(year)",
            bandRule: EDSSettings.bands.ruleDescription
        )
        return try await req.view.render("eds/assessment", page)
    }

    private func permission(_ scope: EDSScope) -> Action {
        switch scope {
        case .organisation: .signOffReturn
        case .system: .manageGovernance
        }
    }

    /// The scope's name and the resource the access rule is asked about.
    private func resolve(_ req: Request, _ scope: EDSScope) async throws -> (String, Resource) {
        let structure = try await req.currentStructure()
        switch scope {
        case let .organisation(code):
            guard let row = try await StructureStore(database: req.db).organisation(code: code) else {
                throw ParityError.notFound("No organisation has the code \(code).")
            }
            return (row.name, .organisation(code: code, systemCode: structure.organisation(code: code)?.systemCode))
        case let .system(code):
            guard let system = structure.system(code: code) else { throw ParityError.notFound("No system has the code \(code).") }
            return (system.name, .system(code: code))
        }
    }

    private static func row(name: String, scope: EDSScope, record: EDSRecord?) -> EDSRegionPageView.Row {
        let href = scope.pageHref + (record.map { "?year=\($0.year)" } ?? "")
        guard let record else {
            return .init(name: name, kind: scope.kind, href: href, ratings: EDSOutcome.allCases.map { _ in "–" },
                         domains: EDSDomain.allCases.map { _ in "–" }, total: "–", band: "Not recorded", network: "–")
        }
        return .init(name: name, kind: scope.kind, href: href,
                     ratings: EDSOutcome.allCases.map { "\(record.assessment.ratings[$0]!.rawValue)" },
                     domains: EDSDomain.allCases.map { "\(record.assessment.domainScores[$0] ?? 0)" },
                     total: "\(record.assessment.total)", band: record.assessment.band.label,
                     network: record.networkTookPart ? "Yes" : "No")
    }

    private func currentYear(_ req: Request) -> Int { Calendar.utc.component(.year, from: req.now) }

    private func requiredYear(_ req: Request) throws -> Int {
        guard let year = req.parameters.get("year", as: Int.self) else {
            throw ParityError.invalidInput("The year must be a four-digit number, e.g. 2026.")
        }
        return year
    }
}
