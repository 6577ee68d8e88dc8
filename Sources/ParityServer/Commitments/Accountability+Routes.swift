import Fluent
import ParityCore
import Vapor

/// The accountability matrix and its CSV, the escalation list, a system's commitments and
/// each user's "My attention".
struct AccountabilityPages: RouteCollection {
    func boot(routes: RoutesBuilder) throws {
        routes.get("accountability", use: matrix)
        routes.get("accountability.csv", use: csv)
        routes.get("accountability", "escalations", use: escalations)
        routes.get("systems", ":code", "commitments", use: system)
        routes.get("my-attention", use: myAttention)
    }

    func matrix(req: Request) async throws -> View {
        let filter = try req.query.decode(AccountabilityFilter.self)
        let matrix = try await AccountabilityMatrix.load(database: req.db, now: req.now, filter: filter) { req.disclosurePolicy(forOrganisations: $0) }
        let chrome = try await req.chrome(title: "Accountability: recommendations and commitments")
        return try await req.view.render("commitments/matrix", MatrixPageView(chrome: chrome, matrix, filter: filter, today: req.now))
    }

    func csv(req: Request) async throws -> Response {
        let filter = try req.query.decode(AccountabilityFilter.self)
        let matrix = try await AccountabilityMatrix.load(database: req.db, now: req.now, filter: filter) { req.disclosurePolicy(forOrganisations: $0) }
        return CSVResponse.make(rows: AccountabilityCSV.rows(matrix), fileName: "accountability-\(ISODay.format(req.now)).csv")
    }

    func escalations(req: Request) async throws -> View {
        let red = try await CommitmentStore(database: req.db, now: req.now).assessed { req.disclosurePolicy(forOrganisations: $0) }
            .filter(\.status.isEscalated)
            .sorted { ($0.due, $0.systemName) < ($1.due, $1.systemName) }
        let chrome = try await req.chrome(title: "Escalations to the People Board", breadcrumbs: [.init(label: "Accountability", href: SitePath.accountability.href)])
        return try await req.view.render("commitments/escalations", ListPageView(chrome: chrome, commitments: red.map(CommitmentSummaryView.init), ruleDescription: DeliveryRule.standard.ruleDescription))
    }

    func system(req: Request) async throws -> View {
        let code = try req.parameters.require("code")
        guard let entry = try await req.currentStructure().system(code: code) else {
            throw ParityError.notFound("No system has the code \(code).")
        }
        let commitments = try await CommitmentStore(database: req.db, now: req.now).assessed(systems: [code]) { req.disclosurePolicy(forOrganisations: $0) }
        let open = commitments.filter(\.isOpen).sorted { $0.due < $1.due }
        let closed = commitments.filter { !$0.isOpen }
        let next = open.first { ISODay.days(from: req.now, to: $0.due) >= 0 }
        let chrome = try await req.chrome(title: "\(entry.name): commitments", breadcrumbs: [
            .init(label: "Accountability", href: SitePath.accountability.href),
            .init(label: entry.name, href: SitePath.system(code).href),
        ])
        return try await req.view.render("commitments/system", SystemCommitmentsPageView(
            chrome: chrome, name: entry.name, code: code, nextDue: next.map { DisplayDate.date($0.due) }, nextDueTitle: next?.title,
            open: open.map(CommitmentSummaryView.init), closed: closed.map(CommitmentSummaryView.init),
            ruleDescription: DeliveryRule.standard.ruleDescription
        ))
    }

    func myAttention(req: Request) async throws -> Response {
        guard req.signedIn != nil else { return req.redirect(to: SitePath.signIn.href + "?next=" + SitePath.myAttention.href) }
        let items = try await MyAttention(database: req.db, now: req.now, actor: req.actor).items { req.disclosurePolicy(forOrganisations: $0) }
        let chrome = try await req.chrome(title: "My attention")
        let challenges = try await ChallengeAttention(database: req.db, now: req.now, actor: req.actor).items()
        let cycle = try await CycleAttention(database: req.db, now: req.now, actor: req.actor).items()
        return try await req.view.render("commitments/my-attention", MyAttentionPageView(chrome: chrome, items: items, challenges: challenges, cycle: cycle)).encodeResponse(for: req)
    }
}

struct MatrixPageView: Encodable {
    struct Row: Encodable {
        var title: String
        var programme: String
        var level: String
        var horizon: String
        var horizonLabel: String
        var tags: [String]
        /// "WRES 2, EDS 3A"; nil without tags.
        var tagsText: String?
        var cells: [Cell]
    }

    struct Cell: Encodable {
        var systemName: String
        var href: String?
        var status: StatusView?
        var due: String?
    }

    var chrome: PageChrome
    var systems: [SystemHeading]
    var rows: [Row]
    var horizons: [OptionView]
    var tags: [OptionView]
    var statuses: [OptionView]
    var isFiltered: Bool
    var csvHref: String
    var escalationsHref: String
    var apiHref: String
    var today: String
    var ruleDescription: String

    struct SystemHeading: Encodable {
        var code: String
        var name: String
        var href: String
    }

    init(chrome: PageChrome, _ matrix: AccountabilityMatrix, filter: AccountabilityFilter, today: Date) {
        self.chrome = chrome
        systems = matrix.systems.map { SystemHeading(code: $0.code, name: $0.name, href: SitePath.systemCommitments($0.code).href) }
        rows = matrix.rows.map { row in
            Row(title: row.title, programme: row.programme, level: row.level, horizon: row.span.text, horizonLabel: row.span.label, tags: row.tags,
                tagsText: row.tags.isEmpty ? nil : row.tags.joined(separator: ", "),
                cells: matrix.systems.map { system in
                    let c = row.cells[system.code]
                    return Cell(systemName: system.name, href: c.map { SitePath.commitment($0.id).href }, status: c.map { StatusView($0.status) }, due: c.map { DisplayDate.date($0.due) })
                })
        }
        horizons = Horizon.allCases.map { OptionView(value: $0.rawValue, label: $0.label, selected: filter.horizon?.uppercased() == $0.rawValue) }
        tags = matrix.allTags.map { OptionView(value: $0, label: $0, selected: filter.tag == $0) }
        statuses = DeliveryStatus.allCases.map { OptionView(value: $0.rawValue, label: $0.label, selected: filter.status == $0.rawValue) }
        isFiltered = !filter.queryString.isEmpty
        csvHref = SitePath.accountabilityCSV.href + filter.queryString
        escalationsHref = SitePath.escalations.href
        apiHref = SitePath.apiAccountability.href + filter.queryString
        self.today = DisplayDate.date(today)
        ruleDescription = DeliveryRule.standard.ruleDescription
    }
}

struct ListPageView: Encodable {
    var chrome: PageChrome
    var commitments: [CommitmentSummaryView]
    var ruleDescription: String
}

struct SystemCommitmentsPageView: Encodable {
    var chrome: PageChrome
    var name: String
    var code: String
    var nextDue: String?
    var nextDueTitle: String?
    var open: [CommitmentSummaryView]
    var closed: [CommitmentSummaryView]
    var ruleDescription: String
}

struct MyAttentionPageView: Encodable {
    var chrome: PageChrome
    var items: [MyAttention.Item]
    var challenges: [ChallengeAttention.Item]
    var cycle: [CycleAttention.Item]
}
