import Fluent
import ParityCore
import Vapor

/// Meeting packs (issue 7): `/packs` lists them and, for the panel and regional admins,
/// issues one for the regional People Board or the panel; `/packs/{id}` shows a pack exactly
/// as issued (its content is frozen JSON), with a print stylesheet.
struct MeetingPackRoutes: RouteCollection {
    func boot(routes: RoutesBuilder) throws {
        routes.get("packs", use: list)
        routes.post("packs", use: issue)
        routes.get("packs", ":id", use: show)
    }

    struct ListPage: Encodable {
        struct Item: Encodable {
            var href: String
            var title: String
            var issued: String
        }

        var chrome: PageChrome
        var packs: [Item]
        var canIssue: Bool
        var audiences: [OptionView]
    }

    struct Page: Encodable {
        var chrome: PageChrome
        var audience: String
        var title: String
        var issuedBy: String
        var content: MeetingPackContent
    }

    func list(req: Request) async throws -> Response {
        guard req.signedIn != nil else { return req.redirect(to: SitePath.signIn.href + "?next=" + SitePath.packs.href) }
        let rows = try await MeetingPackRow.query(on: req.db).sort(\.$issuedAt, .descending).all()
        let page = ListPage(
            chrome: try await req.chrome(title: "Meeting packs"),
            packs: rows.map { .init(href: SitePath.pack($0.id!).href, title: $0.title, issued: DisplayDate.dateTime($0.issuedAt)) },
            canIssue: AccessPolicy.decide(req.actor, .raiseChallenge, .region).isAllowed,
            audiences: MeetingAudience.allCases.map { .init(value: $0.rawValue, label: $0.label, selected: false) }
        )
        return try await req.view.render("panel/packs", page).encodeResponse(for: req)
    }

    func issue(req: Request) async throws -> Response {
        try req.require(.raiseChallenge, on: .region)
        guard let audience = (try req.content.decode([String: String].self))["audience"].flatMap(MeetingAudience.init(rawValue:)) else {
            throw ParityError.invalidInput("Choose who the pack is for: the regional People Board or the panel.")
        }
        let content = try await MeetingPackBuilder(database: req.db, now: req.now).build(audience)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let row = MeetingPackRow()
        row.audience = audience.rawValue
        row.title = "\(audience.label): pack of \(DisplayDate.date(req.now))"
        row.issuedBy = req.auditName
        row.issuedAt = req.now
        row.content = String(decoding: try encoder.encode(content), as: UTF8.self)
        try await req.db.transaction { database in
            try await row.create(on: database)
            try await AuditLog(database: database, actor: req.auditName, now: req.now).record(.packIssued, subject: "pack:\(try row.requireID().uuidString)", after: ["title": row.title])
        }
        return req.redirect(to: SitePath.pack(try row.requireID()).href, redirectType: .normal)
    }

    func show(req: Request) async throws -> View {
        guard req.signedIn != nil else { throw ParityError.forbidden("Sign in to read meeting packs.") }
        guard let id = req.parameters.get("id", as: UUID.self), let row = try await MeetingPackRow.find(id, on: req.db) else {
            throw ParityError.notFound("There is no meeting pack with that identifier.")
        }
        let content = try JSONDecoder().decode(MeetingPackContent.self, from: Data(row.content.utf8))
        return try await req.view.render("panel/pack", Page(
            chrome: try await req.chrome(title: row.title, breadcrumbs: [.init(label: "Meeting packs", href: SitePath.packs.href)]),
            audience: content.audience.label, title: row.title, issuedBy: row.issuedBy, content: content
        ))
    }
}
