import Fluent
import ParityCore
import Vapor

/// `/what-staff-say`, `/systems/{code}/what-staff-say`, `/organisations/{code}/what-staff-say`
/// and their `.csv`: published staff voice counted by theme, public, with every count under
/// 10 contributions withheld. `/systems/{code}/you-said-we-did` lists the commitments that
/// staff voice prompted; `POST /commitments/{id}/voice-links` makes such a link.
struct WhatStaffSayRoutes: RouteCollection {
    func boot(routes: RoutesBuilder) throws {
        routes.get("what-staff-say") { try await page($0, scope: .region) }
        routes.get("what-staff-say.csv") { try await csv($0, scope: .region) }
        routes.get("systems", ":code", "what-staff-say") { try await page($0, scope: .system(try $0.parameters.require("code"))) }
        routes.get("systems", ":code", "what-staff-say.csv") { try await csv($0, scope: .system(try $0.parameters.require("code"))) }
        routes.get("organisations", ":code", "what-staff-say") { try await page($0, scope: .organisation(try $0.parameters.require("code"))) }
        routes.get("organisations", ":code", "what-staff-say.csv") { try await csv($0, scope: .organisation(try $0.parameters.require("code"))) }
        routes.get("systems", ":code", "you-said-we-did", use: youSaidWeDid)
        routes.post("commitments", ":id", "voice-links", use: linkCommitment)
    }

    func page(_ req: Request, scope: PageScope) async throws -> View {
        let (name, figures) = try await Self.figures(req, scope: scope)
        let structure = try await req.currentStructure()
        let page = WhatStaffSayView(
            chrome: try await req.chrome(title: "\(name): what staff say", breadcrumbs: [.init(label: name, href: scope.pagePrefix.isEmpty ? "/" : scope.pagePrefix)],
                                         disclosureNote: VoicePublication.rule),
            name: name, contributions: figures.contributions.display, csvHref: SitePath.whatStaffSayCSV(scope).href,
            themes: VoiceTheme.allCases.map { theme in
                let wres: [String] = theme.wresIndicators.map { "WRES \($0)" }
                let wdes: [String] = theme.wdesMetrics.map { "WDES \($0.rawValue)" }
                return WhatStaffSayView.Theme(label: theme.label, recent: figures.recentTotals[theme]?.display ?? "fewer than 10", indicators: wres + wdes)
            },
            tables: figures.tables.map(WhatStaffSayView.TableView.init),
            youSaidWeDidHref: { if case let .system(code) = scope { SitePath.youSaidWeDid(code).href } else { nil } }(),
            systems: scope == .region ? structure.systems.map { .init(label: $0.name, href: SitePath.whatStaffSay(.system($0.code)).href) } : [],
            panelHref: AccessPolicy.decide(req.actor, .readStaffVoice, .region).isAllowed ? SitePath.panelVoice.href : nil
        )
        return try await req.view.render("voice/what-staff-say", page)
    }

    func csv(_ req: Request, scope: PageScope) async throws -> Response {
        let (_, figures) = try await Self.figures(req, scope: scope)
        let file = "what-staff-say-" + (scope.code ?? "region") + ".csv"
        return CSVResponse.make(rows: figures.csvRows(), fileName: file)
    }

    /// The scope's name and its figures; throws `notFound` for an unknown code.
    static func figures(_ req: Request, scope: PageScope) async throws -> (String, WhatStaffSay) {
        let structure = try await req.currentStructure()
        let publication = try await PublishedVoiceCounts(database: req.db).publication(structure: structure)
        switch scope {
        case .region:
            return (structure.regionName, WhatStaffSay.make(publication, scope: .region, units: structure.systems.map { (.system($0.code), $0.name) },
                                                             unitHeading: "System"))
        case let .system(code):
            guard let system = structure.system(code: code) else { throw ParityError.notFound("No system has the code \(code).") }
            return (system.name, WhatStaffSay.make(publication, scope: .system(code), units: system.organisations.map { (.organisation($0.code), $0.name) },
                                                    unitHeading: "Organisation"))
        case let .organisation(code):
            guard let organisation = structure.organisation(code: code) else { throw ParityError.notFound("No organisation has the code \(code).") }
            return (organisation.name, WhatStaffSay.make(publication, scope: .organisation(code), units: [(.organisation(code), organisation.name)],
                                                          unitHeading: "Organisation"))
        }
    }

    func youSaidWeDid(req: Request) async throws -> View {
        let code = try req.parameters.require("code")
        let structure = try await req.currentStructure()
        guard let system = structure.system(code: code) else { throw ParityError.notFound("No system has the code \(code).") }
        let commitments = try await CommitmentStore(database: req.db, now: req.now)
            .assessed(systems: [code], viewer: { req.disclosurePolicy(forOrganisations: $0) })
        let links = try await VoiceStore(database: req.db).links(commitments: commitments.map(\.id))
        let (_, figures) = try await Self.figures(req, scope: .system(code))
        var items: [YouSaidWeDidView.Item] = []
        for commitment in commitments {
            let mine = links.filter { $0.commitmentID == commitment.id }
            guard !mine.isEmpty else { continue }
            let themes = Set(mine.compactMap { $0.theme.flatMap(VoiceTheme.init(rawValue:)) })
            let updates = try await ProgressUpdateRow.query(on: req.db)
                .filter(\.$commitment.$id == commitment.id).sort(\.$postedAt, .descending).limit(3).all()
            items.append(YouSaidWeDidView.Item(
                title: commitment.title, href: SitePath.commitment(commitment.id).href, status: commitment.status.label,
                due: DisplayDate.date(commitment.due),
                said: VoiceTheme.allCases.filter(themes.contains).map { "\($0.label) (\(figures.recentTotals[$0]?.display ?? "fewer than 10") experiences in the last four quarters)" },
                individual: mine.filter { $0.submissionID != nil }.count,
                updates: updates.map { YouSaidWeDidView.Update(date: DisplayDate.date($0.postedAt), text: $0.text) }
            ))
        }
        let page = YouSaidWeDidView(
            chrome: try await req.chrome(title: "\(system.name): you said, we did", breadcrumbs: [.init(label: system.name, href: SitePath.system(code).href)]),
            systemName: system.name, items: items, whatStaffSayHref: SitePath.whatStaffSay(.system(code)).href
        )
        return try await req.view.render("voice/you-said-we-did", page)
    }

    func linkCommitment(req: Request) async throws -> Response {
        guard let id = req.parameters.get("id", as: UUID.self), let commitment = try await CommitmentRow.find(id, on: req.db) else {
            throw ParityError.notFound("No commitment has that id.")
        }
        try req.require(.manageCommitments, on: .system(code: commitment.systemCode))
        let form = try req.content.decode(VoiceLinkForm.self)
        let theme = form.theme.flatMap { $0.isEmpty ? nil : VoiceTheme(rawValue: $0) }
        var submission: UUID?
        if let text = form.submission?.trimmingCharacters(in: .whitespaces), !text.isEmpty {
            guard let uuid = UUID(uuidString: text), let row = try await VoiceStore(database: req.db).submission(id: uuid),
                  row.systemCode == commitment.systemCode, row.status == VoiceModerationStatus.published.rawValue else {
                throw ParityError.invalidInput("The submission id must be that of a published experience shared with \(commitment.systemCode).")
            }
            submission = uuid
        }
        guard theme != nil || submission != nil else {
            throw ParityError.invalidInput("Choose a theme, or give the id of a published experience, to link to this commitment.")
        }
        try await VoiceStore(database: req.db).link(commitment: id, theme: theme, submission: submission, actor: req.auditName, now: req.now)
        return req.redirect(to: SitePath.commitment(id).href + "#voice", redirectType: .normal)
    }
}

struct VoiceLinkForm: Content {
    var theme: String?
    var submission: String?
}

struct WhatStaffSayView: Encodable {
    struct Theme: Encodable {
        var label: String
        var recent: String
        var indicators: [String]
    }

    struct TableView: Encodable {
        struct Row: Encodable {
            var label: String
            var cells: [String]
            var total: String
        }

        var id: String
        var caption: String
        var rowHeading: String
        var columns: [String]
        var rows: [Row]

        init(_ table: WhatStaffSay.Table) {
            id = table.id
            caption = table.caption
            rowHeading = table.rowHeading
            columns = table.breakdown.columns
            rows = table.breakdown.rows.enumerated().map { index, label in
                Row(label: label, cells: table.breakdown.cells[index].map(\.display), total: table.breakdown.rowTotals[index].display)
            }
        }
    }

    struct Link: Encodable {
        var label: String
        var href: String
    }

    var chrome: PageChrome
    var name: String
    var contributions: String
    var csvHref: String
    var themes: [Theme]
    var tables: [TableView]
    var youSaidWeDidHref: String?
    var systems: [Link]
    /// The panel's reading room, for those who may read the experiences themselves.
    var panelHref: String?
}

struct YouSaidWeDidView: Encodable {
    struct Update: Encodable {
        var date: String
        var text: String
    }

    struct Item: Encodable {
        var title: String
        var href: String
        var status: String
        var due: String
        var said: [String]
        var individual: Int
        var updates: [Update]
    }

    var chrome: PageChrome
    var systemName: String
    var items: [Item]
    var whatStaffSayHref: String
}
