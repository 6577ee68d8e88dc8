import Fluent
import ParityCore
import Vapor

/// Sign in, sign out. The same message and similar work for an unknown email and a wrong
/// password, so nobody can find out who has an account.
struct SignInRoutes: RouteCollection {
    func boot(routes: RoutesBuilder) throws {
        routes.get("sign-in", use: form)
        routes.post("sign-in", use: signIn)
        routes.post("sign-out", use: signOut)
    }

    func form(req: Request) async throws -> View {
        try await render(req, SignInForm())
    }

    func signIn(req: Request) async throws -> Response {
        let form = try req.content.decode(SignInDTO.self)
        let address = req.remoteAddress?.ipAddress ?? "unknown"
        let throttle = SignInThrottleStore(database: req.db)
        if case let .refused(_, message) = try await throttle.decision(email: form.email, address: address, now: req.now) {
            let response = try await render(req, SignInForm(email: form.email, error: message)).encodeResponse(for: req)
            response.status = .tooManyRequests
            return response
        }
        let store = AccountStore(database: req.db)
        let user = try await store.user(email: form.email)
        let matches = try await req.password.async.verify(form.password, created: user?.passwordHash ?? PasswordHashing.decoy(req.application))
        guard let user, matches else {
            try await throttle.recordFailure(email: form.email, address: address, now: req.now)
            let response = try await render(req, SignInForm(email: form.email, error: "Enter a correct email address and password.")).encodeResponse(for: req)
            response.status = .unauthorized
            return response
        }
        if let old = req.signedIn?.sessionID { try await store.endSession(id: old) }
        let token = try await store.startSession(userID: user.id!, now: req.now)
        try await AuditLog(database: req.db, actor: user.email, now: req.now).record(.signedIn, subject: user.email)
        let response = req.redirect(to: LocalRedirect.path(form.next) ?? SitePath.account.href, redirectType: .normal)
        response.cookies[SessionMiddleware.cookieName] = SessionMiddleware.cookie(token, for: req)
        return response
    }

    func signOut(req: Request) async throws -> Response {
        if let session = req.signedIn?.sessionID { try await AccountStore(database: req.db).endSession(id: session) }
        let response = req.redirect(to: SitePath.region().href, redirectType: .normal)
        response.cookies[SessionMiddleware.cookieName] = SessionMiddleware.cookie("", for: req, expires: true)
        return response
    }

    private func render(_ req: Request, _ form: SignInForm) async throws -> View {
        var form = form
        form.chrome = try await req.chrome(title: form.error == nil ? "Sign in" : "Error: sign in")
        form.next = LocalRedirect.path(req.query["next"]) ?? form.next
        if form.chrome!.isDemo { form.demoAccounts = DemoAccounts.all.map(DemoAccountView.init) }
        return try await req.view.render("sign-in", form)
    }
}

struct SignInDTO: Content {
    var email: String
    var password: String
    var next: String?
}

struct SignInForm: Encodable {
    var chrome: PageChrome?
    var email = ""
    var error: String?
    var next: String?
    var demoAccounts: [DemoAccountView] = []
    var demoPassword = DemoAccounts.password
}

/// Only paths on this site may be redirected to after signing in.
enum LocalRedirect {
    static func path(_ candidate: String?) -> String? {
        guard let candidate, candidate.hasPrefix("/"), !candidate.hasPrefix("//"), !candidate.contains("\\") else { return nil }
        return candidate
    }
}
