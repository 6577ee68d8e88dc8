import Fluent
import ParityCore
import Vapor

/// The regional admin's list of users and what each may do.
struct UserRoutes: RouteCollection {
    func boot(routes: RoutesBuilder) throws {
        routes.get("admin", "users", use: list)
    }

    func list(req: Request) async throws -> View {
        try req.require(.manageUsers, on: .region)
        let users = try await UserRow.query(on: req.db).with(\.$grants).sort(\.$email).all()
        let pending = try await OneTimeLinkRow.query(on: req.db)
            .filter(\.$purpose == OneTimeLinks.Purpose.invitation.rawValue).filter(\.$usedAt == nil)
            .filter(\.$expiresAt > req.now).sort(\.$createdAt, .descending).all()
        let keys = try pending.map { MailKind.key(link: try $0.requireID(), .invitation) }
        let mail = Dictionary(try await OutboxMessageRow.query(on: req.db).filter(\.$key ~~ keys).all().map { ($0.key, $0) }, uniquingKeysWith: { first, _ in first })
        return try await req.view.render("users", UsersPage(
            chrome: try await req.chrome(title: "Users"),
            users: users.map { UserView(email: $0.email, name: $0.displayName, grants: $0.grants.compactMap(\.grant).map { GrantView(role: $0.role.label, scope: $0.scope.label) }) },
            pending: pending.map { link in
                PendingInvitationView(email: link.email, grant: OneTimeLinks.grant(of: link).map { "\($0.role.label) (\($0.scope.label))" } ?? "–",
                                      expires: DisplayDate.date(link.expiresAt), mail: mail[MailKind.key(link: link.id!, .invitation)].map(MailStatusView.init))
            }
        ))
    }
}

struct UsersPage: Encodable {
    var chrome: PageChrome
    var users: [UserView]
    var pending: [PendingInvitationView]
    var inviteHref = SitePath.newInvitation.href
    var mailHref = SitePath.mailOutbox.href
}

struct UserView: Encodable {
    var email: String
    var name: String
    var grants: [GrantView]
}

struct PendingInvitationView: Encodable {
    var email: String
    var grant: String
    var expires: String
    var mail: MailStatusView?
}

/// Where an invitation's email stands, beside the invitation.
struct MailStatusView: Encodable {
    var state: String
    var detail: String?
    var isProblem: Bool

    init(_ row: OutboxMessageRow) {
        let state = OutboxState(rawValue: row.state) ?? .failed
        self.state = state.label
        detail = OutboxMessageView.detail(row, state: state)
        isProblem = state != .sent
    }
}
