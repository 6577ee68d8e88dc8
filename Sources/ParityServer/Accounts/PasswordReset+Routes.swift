import Fluent
import ParityCore
import Vapor

/// Forgotten passwords: a one-time link by email. The answer is the same whether or not the
/// email has an account.
struct PasswordResetRoutes: RouteCollection {
    func boot(routes: RoutesBuilder) throws {
        routes.get("password-reset", use: requestForm)
        routes.post("password-reset", use: request)
        routes.get("password-reset", ":token", use: resetForm)
        routes.post("password-reset", ":token", use: reset)
    }

    func requestForm(req: Request) async throws -> View {
        try await req.view.render("password-reset", ResetRequestPage(chrome: try await req.chrome(title: "Reset your password")))
    }

    func request(req: Request) async throws -> View {
        let email = AccountStore.normalised(email: (try? req.content.get(String.self, at: "email")) ?? "")
        if try await AccountStore(database: req.db).user(email: email) != nil {
            let secret = try await req.db.transaction { database in
                let secret = try await OneTimeLinks(database: database, now: req.now).create(.passwordReset, email: email, grant: nil, createdBy: email)
                try await AuditLog(database: database, actor: email, now: req.now).record(.passwordResetRequested, subject: email)
                return secret
            }
            try await req.application.mailSender.send(
                to: email, subject: "Reset your Parity password",
                body: "Set a new password within 24 hours: \(req.absoluteURL(SitePath.passwordResetLink(secret).href))\nIf you did not ask for this, ignore this message."
            )
        }
        var page = ResetRequestPage(chrome: try await req.chrome(title: "Check your email"))
        page.sent = true
        return try await req.view.render("password-reset", page)
    }

    func resetForm(req: Request) async throws -> View {
        let link = try await OneTimeLinks(database: req.db, now: req.now).find(.passwordReset, secret: try req.parameters.require("token"))
        return try await render(req, link: link, form: PasswordForm())
    }

    func reset(req: Request) async throws -> Response {
        let link = try await OneTimeLinks(database: req.db, now: req.now).find(.passwordReset, secret: try req.parameters.require("token"))
        let dto = try req.content.decode(PasswordDTO.self)
        var form = PasswordForm()
        form.errors = PasswordField.problems(dto, email: link.email)
        guard form.errors.isEmpty, let user = try await AccountStore(database: req.db).user(email: link.email) else {
            return try await render(req, link: link, form: form).encodeResponse(status: .unprocessableEntity, for: req)
        }
        let hash = try await req.password.async.hash(dto.password)
        let token = try await req.db.transaction { database in
            user.passwordHash = hash
            try await user.update(on: database)
            try await SessionRow.query(on: database).filter(\.$user.$id == user.id!).delete()
            link.usedAt = req.now
            try await link.update(on: database)
            try await AuditLog(database: database, actor: user.email, now: req.now).record(.passwordChanged, subject: user.email)
            return try await AccountStore(database: database).startSession(userID: user.id!, now: req.now)
        }
        let response = req.redirect(to: SitePath.account.href)
        response.cookies[SessionMiddleware.cookieName] = SessionMiddleware.cookie(token, for: req)
        return response
    }

    private func render(_ req: Request, link: OneTimeLinkRow, form: PasswordForm) async throws -> View {
        var form = form
        form.chrome = try await req.chrome(title: form.errors.isEmpty ? "Set a new password" : "Error: set a new password")
        form.email = link.email
        form.action = SitePath.passwordResetLink(try req.parameters.require("token")).href
        return try await req.view.render("password-set", form)
    }
}

struct ResetRequestPage: Encodable {
    var chrome: PageChrome
    var sent = false
}
