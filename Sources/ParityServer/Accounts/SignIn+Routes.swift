import Fluent
import ParityCore
import Vapor

/// Sign in, sign out. The same message and similar work for an unknown email and a wrong
/// password, so nobody can find out who has an account.
struct SignInRoutes: RouteCollection {
    func boot(routes: RoutesBuilder) throws {
        routes.get("sign-in", use: form).neverStored()
        routes.post("sign-in", use: signIn).neverStored()
        routes.post("sign-out", use: signOut)
    }

    func form(req: Request) async throws -> View {
        try await render(req, SignInForm())
    }

    func signIn(req: Request) async throws -> Response {
        // Break-glass when NHS sign-in fails: `parity serve` with PARITY_PASSWORD_SIGN_IN=on (docs/operations.md).
        guard req.application.passwordSignIn else {
            throw ParityError.forbidden("Password sign-in is switched off on this Parity. Sign in with your NHS account.")
        }
        let form = try req.content.decode(SignInDTO.self)
        let throttle = SignInThrottleStore(database: req.db)
        let attempt = try await throttle.attempt(email: form.email, address: req.throttledAddress, now: req.now)
        if case let .refused(_, message) = attempt.decision {
            let response = try await render(req, SignInForm(email: form.email, error: message)).encodeResponse(for: req)
            response.status = .tooManyRequests
            return response
        }
        let store = AccountStore(database: req.db)
        let user = try await store.user(email: form.email)
        let matches = try await req.password.async.verify(form.password, created: user?.passwordHash ?? PasswordHashing.decoy(req.application))
        guard let user, matches else {
            let response = try await render(req, SignInForm(email: form.email, error: "Enter a correct email address and password.")).encodeResponse(for: req)
            response.status = .unauthorized
            return response
        }
        try await throttle.forget(attempt)
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

    /// The sign-in page with a refusal from NHS sign-in at its top.
    func refusal(_ req: Request, message: String, status: HTTPStatus) async throws -> Response {
        let response = try await render(req, SignInForm(nhsError: message)).encodeResponse(for: req)
        response.status = status
        return response
    }

    private func render(_ req: Request, _ form: SignInForm) async throws -> View {
        var form = form
        form.chrome = try await req.chrome(title: form.error == nil && form.nhsError == nil ? "Sign in" : "Error: sign in")
        form.next = LocalRedirect.path(req.query["next"]) ?? form.next
        form.nhsSignIn = req.application.openIDProvider != nil
        form.passwordSignIn = req.application.passwordSignIn
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
    /// Why NHS sign-in did not sign the person in.
    var nhsError: String?
    var next: String?
    var nhsSignIn = false
    var passwordSignIn = true
    var demoAccounts: [DemoAccountView] = []
    var demoPassword = DemoAccounts.password
}

/// The one way a `next` value becomes a redirect: only a path on this site. Anything else is
/// nil, and the caller goes to its usual page: another site (`//evil`, `/\evil`, a scheme),
/// and control characters, which would end the `Location` header and start another
/// (`/\r\nSet-Cookie: …`).
enum LocalRedirect {
    static func path(_ candidate: String?) -> String? {
        guard let candidate, candidate.hasPrefix("/"), !candidate.hasPrefix("//"), !candidate.contains("\\"),
              !candidate.unicodeScalars.contains(where: { $0.properties.generalCategory == .control })
        else { return nil }
        return candidate
    }
}
