import Fluent
import ParityCore
import Vapor

/// Forgotten passwords: a one-time link by email. The answer is the same, and takes as long,
/// whether or not the email has an account: the link is made and mailed after the answer has
/// gone (`BackgroundWork`); a known address answered 3 ms slower than an unknown one (issue 19).
struct PasswordResetRoutes: RouteCollection {
    func boot(routes: RoutesBuilder) throws {
        routes.get("password-reset", use: requestForm).neverStored()
        routes.post("password-reset", use: request).neverStored()
        routes.get("password-reset", ":token", use: resetForm).neverStored()
        routes.post("password-reset", ":token", use: reset).neverStored()
    }

    func requestForm(req: Request) async throws -> View {
        try await req.view.render("password-reset", ResetRequestPage(chrome: try await req.chrome(title: "Reset your password")))
    }

    func request(req: Request) async throws -> Response {
        let email = AccountStore.normalised(email: (try? req.content.get(String.self, at: "email")) ?? "")
        let attempt = try await SignInThrottleStore(database: req.db, kind: .passwordReset).attempt(email: email, address: req.throttledAddress, now: req.now)
        if case let .refused(_, message) = attempt.decision {
            var page = ResetRequestPage(chrome: try await req.chrome(title: "Error: reset your password"))
            page.error = message
            return try await req.view.render("password-reset", page).encodeResponse(status: .tooManyRequests, for: req)
        }
        let (app, now) = (req.application, req.now)
        app.backgroundWork.run(logger: req.logger) { try await Self.mailLink(to: email, app: app, now: now) }
        var page = ResetRequestPage(chrome: try await req.chrome(title: "Check your email"))
        page.sent = true
        return try await req.view.render("password-reset", page).encodeResponse(for: req)
    }

    /// Makes a reset link and its mail together when `email` has an account, then sends the
    /// mail; does nothing otherwise.
    static func mailLink(to email: String, app: Application, now: Date) async throws {
        guard try await AccountStore(database: app.db).user(email: email) != nil else { return }
        let mailID = try await app.db.transaction { database in
            let created = try await OneTimeLinks(database: database, now: now).create(.passwordReset, email: email, grant: nil, createdBy: email)
            try await AuditLog(database: database, actor: email, now: now).record(.passwordResetRequested, subject: email)
            let mail = AccountMail.passwordReset(link: app.baseURL + SitePath.passwordResetLink(created.secret).href)
            return try await Outbox(database: database, now: now)
                .enqueue(mail.message(from: app.mailFrom, to: email, now: now), key: MailKind.key(link: created.id, .passwordReset), kind: .passwordReset)
        }
        try await MailDelivery(app: app).deliver(mailID)
    }

    func resetForm(req: Request) async throws -> View {
        let link = try await OneTimeLinks(database: req.db, now: req.now).find(.passwordReset, secret: try req.parameters.require("token"))
        return try await render(req, link: link, form: PasswordForm())
    }

    /// Sets the new password once: the link is claimed in the same transaction, so of several
    /// uses at once only one goes ahead. The account's other reset links, its sessions and its
    /// API tokens all end, since whoever knew the old password may hold any of them.
    func reset(req: Request) async throws -> Response {
        let secret = try req.parameters.require("token")
        let link = try await OneTimeLinks(database: req.db, now: req.now).find(.passwordReset, secret: secret)
        let dto = try req.content.decode(PasswordDTO.self)
        var form = PasswordForm()
        form.errors = PasswordField.problems(dto, email: link.email)
        guard form.errors.isEmpty, let user = try await AccountStore(database: req.db).user(email: link.email) else {
            return try await render(req, link: link, form: form).encodeResponse(status: .unprocessableEntity, for: req)
        }
        let hash = try await req.password.async.hash(dto.password)
        let token = try await req.db.transaction { database in
            let links = OneTimeLinks(database: database, now: req.now)
            try await links.claim(.passwordReset, secret: secret)
            try await links.spendAll(.passwordReset, email: user.email)
            user.passwordHash = hash
            try await user.update(on: database)
            let store = AccountStore(database: database)
            try await store.endSessionsAndTokens(of: user.id!, now: req.now)
            try await AuditLog(database: database, actor: user.email, now: req.now).record(.passwordChanged, subject: user.email)
            return try await store.startSession(userID: user.id!, now: req.now)
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
    var error: String?
}
