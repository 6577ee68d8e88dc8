import Fluent
import ParityCore
import Vapor

/// The audit log, for regional admins and panel members: filter by who, what and when.
/// There is deliberately no route that edits or deletes an entry.
struct AuditRoutes: RouteCollection {
    static let pageSize = 100

    func boot(routes: RoutesBuilder) throws {
        routes.get("audit", use: browse)
    }

    func browse(req: Request) async throws -> View {
        try req.require(.browseAudit, on: .region)
        let filter = try req.query.decode(AuditFilter.self)
        let query = AuditEventRow.query(on: req.db).sort(\.$at, .descending)
        if let actor = filter.actor?.trimmingCharacters(in: .whitespaces), !actor.isEmpty { query.filter(\.$actor == actor.lowercased()) }
        if let action = filter.action, !action.isEmpty { query.filter(\.$action == action) }
        if let from = DateInput.parse(filter.from) { query.filter(\.$at >= from) }
        if let to = DateInput.parse(filter.to) { query.filter(\.$at < to.addingTimeInterval(24 * 3600)) }
        let events = try await query.limit(Self.pageSize).all()
        return try await req.view.render("audit", AuditPage(
            chrome: try await req.chrome(title: "Audit log"), filter: filter,
            actions: AuditLog.Action.allCases.map { OptionView(value: $0.rawValue, label: $0.rawValue, selected: $0.rawValue == filter.action) },
            events: events.map(AuditEventView.init), pageSize: Self.pageSize
        ))
    }
}

struct AuditFilter: Content {
    var actor: String?
    var action: String?
    var from: String?
    var to: String?
}

struct AuditPage: Encodable {
    var chrome: PageChrome
    var filter: AuditFilter
    var actions: [OptionView]
    var events: [AuditEventView]
    var pageSize: Int
}

struct AuditEventView: Encodable {
    var at: String
    var actor: String
    var action: String
    var subject: String
    var before: String?
    var after: String?

    init(_ row: AuditEventRow) {
        at = DisplayDate.dateTime(row.at)
        actor = row.actor
        action = row.action
        subject = row.subject
        before = row.before
        after = row.after
    }
}
