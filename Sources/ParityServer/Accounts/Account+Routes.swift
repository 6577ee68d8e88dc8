import Fluent
import ParityCore
import Vapor

/// A signed-in user's own page: their roles and their personal API tokens.
struct AccountRoutes: RouteCollection {
    func boot(routes: RoutesBuilder) throws {
        routes.get("account", use: page)
        routes.post("account", "tokens", use: createToken)
        routes.post("account", "tokens", ":id", "revoke", use: revokeToken)
    }

    func page(req: Request) async throws -> Response {
        guard let user = req.signedIn else { return req.redirect(to: SitePath.signIn.href + "?next=/account") }
        return try await render(req, user: user, newToken: nil).encodeResponse(for: req)
    }

    func createToken(req: Request) async throws -> View {
        try req.require(.manageOwnTokens, on: .account)
        let user = try req.requireSession(to: "make API tokens")
        let name = (try? req.content.get(String.self, at: "name"))?.trimmingCharacters(in: .whitespaces) ?? ""
        guard !name.isEmpty, name.count <= 80 else {
            throw ParityError.invalidInput("Give the token a name of up to 80 characters, so you can tell your tokens apart.")
        }
        let secret = SecretToken.make()
        try await req.db.transaction { database in
            try await APITokenRow(userID: user.id, name: name, tokenSHA256: SecretToken.sha256(secret), createdAt: req.now).create(on: database)
            try await AuditLog(database: database, actor: user.email, now: req.now).record(.tokenCreated, subject: "\(user.email): \(name)")
        }
        return try await render(req, user: user, newToken: secret)
    }

    func revokeToken(req: Request) async throws -> Response {
        try req.require(.manageOwnTokens, on: .account)
        let user = try req.requireSession(to: "revoke API tokens")
        guard let id = req.parameters.get("id", as: UUID.self),
              let token = try await APITokenRow.query(on: req.db).filter(\.$id == id).filter(\.$user.$id == user.id).first()
        else { throw ParityError.notFound("You have no token with that identifier.") }
        try await req.db.transaction { database in
            token.revokedAt = req.now
            try await token.update(on: database)
            try await AuditLog(database: database, actor: user.email, now: req.now).record(.tokenRevoked, subject: "\(user.email): \(token.name)")
        }
        return req.redirect(to: SitePath.account.href)
    }

    private func render(_ req: Request, user: SignedInUser, newToken: String?) async throws -> View {
        let tokens = try await APITokenRow.query(on: req.db).filter(\.$user.$id == user.id).sort(\.$createdAt, .descending).all()
        let page = AccountPage(
            chrome: try await req.chrome(title: "Your account"), name: user.displayName, email: user.email,
            grants: user.actor.grants.map { GrantView(role: $0.role.label, scope: $0.scope.label) },
            tokens: tokens.map(TokenView.init), newToken: newToken,
            canInvite: user.actor.grants.contains { [.regionalAdmin, .systemLead].contains($0.role) },
            canBrowseAudit: AccessPolicy.decide(user.actor, .browseAudit, .region).isAllowed,
            canManageUsers: AccessPolicy.decide(user.actor, .manageUsers, .region).isAllowed
        )
        return try await req.view.render("account", page)
    }
}

struct AccountPage: Encodable {
    var chrome: PageChrome
    var name: String
    var email: String
    var grants: [GrantView]
    var tokens: [TokenView]
    var newToken: String?
    var canInvite: Bool
    var canBrowseAudit: Bool
    var canManageUsers: Bool
}

struct GrantView: Encodable {
    var role: String
    var scope: String
}

struct TokenView: Encodable {
    var name: String
    var created: String
    var lastUsed: String
    var revoked: String?
    var revokeHref: String

    init(_ row: APITokenRow) {
        name = row.name
        created = DisplayDate.dateTime(row.createdAt)
        lastUsed = row.lastUsedAt.map(DisplayDate.dateTime) ?? "never"
        revoked = row.revokedAt.map(DisplayDate.dateTime)
        revokeHref = SitePath.revokeToken(row.id!).href
    }
}
