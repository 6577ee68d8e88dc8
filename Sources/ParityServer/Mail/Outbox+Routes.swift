import Fluent
import ParityCore
import Vapor

/// The regional admin's view of Parity's mail: what was sent, what is waiting and why, and
/// a button to send again what the relay refused or what may not have arrived.
struct OutboxRoutes: RouteCollection {
    func boot(routes: RoutesBuilder) throws {
        routes.get("admin", "mail", use: list)
        routes.post("admin", "mail", ":id", "send-again", use: sendAgain)
    }

    func list(req: Request) async throws -> View {
        try req.require(.manageUsers, on: .region)
        let rows = try await OutboxMessageRow.query(on: req.db).sort(\.$createdAt, .descending).limit(200).all()
        return try await req.view.render("mail-outbox", OutboxPage(
            chrome: try await req.chrome(title: "Mail"), messages: rows.map(OutboxMessageView.init), relay: req.application.mailSender.destination))
    }

    func sendAgain(req: Request) async throws -> Response {
        try req.require(.manageUsers, on: .region)
        guard let id = req.parameters.get("id", as: UUID.self) else { throw ParityError.notFound("No such message.") }
        let requeued = try await req.db.transaction { database in
            guard try await Outbox(database: database, now: req.now).sendAgain(id) else { return false }
            try await AuditLog(database: database, actor: req.auditName, now: req.now).record(.mailSentAgain, subject: id.uuidString.lowercased())
            return true
        }
        guard requeued else { throw ParityError.conflict("This message is not waiting for anyone: it was sent, or is being sent.") }
        _ = await req.application.deliverNow(id)
        return req.redirect(to: SitePath.mailOutbox.href)
    }
}
