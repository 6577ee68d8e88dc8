import Fluent
import ParityCore
import Vapor

/// Sign-in with an NHS account (OpenID Connect authorisation code flow with PKCE, `state` and
/// `nonce`). The verified email address must belong to an account an administrator invited:
/// NHS sign-in never creates an account, so an unknown person is told to ask for an invitation.
struct NHSSignInRoutes: RouteCollection {
    static let browserCookie = "parity_nhs_sign_in"

    func boot(routes: RoutesBuilder) throws {
        routes.get("sign-in", "nhs", use: start).neverStored()
        routes.get("sign-in", "nhs", "callback", use: callback).neverStored()
    }

    func start(req: Request) async throws -> Response {
        let provider = try req.openIDProvider
        let metadata: OpenIDProvider.Metadata
        do { metadata = try await provider.discovery(client: req.client) } catch {
            req.logger.error("NHS sign-in: the provider's discovery document could not be read: \(String(reflecting: error))")
            return try await SignInRoutes().refusal(req, message: "NHS sign-in is not available at the moment. Try again later.", status: .serviceUnavailable)
        }
        let secrets = try await NHSSignInAttempts(database: req.db, now: req.now).start(next: LocalRedirect.path(req.query["next"]))
        var authorize = URLComponents(string: metadata.authorizationEndpoint)!
        authorize.queryItems = (authorize.queryItems ?? []) + [
            URLQueryItem(name: "response_type", value: "code"),
            URLQueryItem(name: "client_id", value: provider.settings.clientID),
            URLQueryItem(name: "redirect_uri", value: Self.redirectURI(req)),
            URLQueryItem(name: "scope", value: "openid email profile"),
            URLQueryItem(name: "state", value: secrets.state),
            URLQueryItem(name: "nonce", value: secrets.nonce),
            URLQueryItem(name: "code_challenge", value: secrets.codeChallenge),
            URLQueryItem(name: "code_challenge_method", value: "S256"),
        ]
        let response = req.redirect(to: authorize.string!, redirectType: .normal)
        response.cookies[Self.browserCookie] = HTTPCookies.Value(
            string: secrets.browser, maxAge: Int(NHSSignInAttempts.lifetime), path: SitePath.nhsSignIn.href,
            isSecure: req.isHTTPS, isHTTPOnly: true, sameSite: .lax)
        return response
    }

    func callback(req: Request) async throws -> Response {
        let provider = try req.openIDProvider
        let verified: (email: String, next: String?)
        do {
            verified = try await verify(req, provider: provider)
        } catch let refusal as NHSSignInRefusal {
            return try await refuse(req, refusal, email: nil)
        }
        let throttle = SignInThrottleStore(database: req.db)
        let attempt = try await throttle.attempt(email: verified.email, address: req.throttledAddress, now: req.now)
        if case let .refused(_, message) = attempt.decision {
            return try await SignInRoutes().refusal(req, message: message, status: .tooManyRequests)
        }
        let store = AccountStore(database: req.db)
        guard let user = try await store.user(email: verified.email) else {
            return try await refuse(req, .noAccount, email: verified.email)
        }
        try await throttle.forget(attempt)
        if let old = req.signedIn?.sessionID { try await store.endSession(id: old) }
        let token = try await req.db.transaction { database in
            try await AuditLog(database: database, actor: user.email, now: req.now).record(.signedInWithNHS, subject: user.email)
            return try await AccountStore(database: database).startSession(userID: user.id!, now: req.now)
        }
        let response = req.redirect(to: verified.next ?? SitePath.account.href, redirectType: .normal)
        response.cookies[SessionMiddleware.cookieName] = SessionMiddleware.cookie(token, for: req)
        response.cookies[Self.browserCookie] = Self.expiredBrowserCookie(req)
        return response
    }

    /// The recipe: claim the one-time `state`, exchange the code, verify the ID token's
    /// signature and then its claims; any step's failure is the refusal it throws.
    private func verify(_ req: Request, provider: OpenIDProvider) async throws -> (email: String, next: String?) {
        let attempt = try await NHSSignInAttempts(database: req.db, now: req.now)
            .claim(state: req.query["state"] ?? "", browser: req.cookies[Self.browserCookie]?.string)
        guard req.query[String.self, at: "error"] == nil, let code: String = req.query["code"] else { throw NHSSignInRefusal.providerError }
        let token = try await provider.idToken(code: code, verifier: attempt.code_verifier, redirectURI: Self.redirectURI(req), client: req.client)
        let claims = try await provider.verifiedClaims(token, client: req.client, now: req.now)
        let email = try claims.identity(issuer: provider.settings.issuer, clientID: provider.settings.clientID, nonce: attempt.nonce, now: req.now)
        return (email, attempt.next)
    }

    private func refuse(_ req: Request, _ refusal: NHSSignInRefusal, email: String?) async throws -> Response {
        try await AuditLog(database: req.db, actor: email ?? req.auditName, now: req.now)
            .record(.nhsSignInRefused, subject: email ?? "unknown", after: ["reason": refusal.rawValue, "address": req.throttledAddress])
        var message = refusal.message
        if refusal == .noAccount, let email, try await hasPendingInvitation(email, req) {
            message = "Your invitation to Parity is waiting: open the link in your invitation email to accept it first."
        }
        let status: HTTPStatus = refusal == .noAccount ? .forbidden : (refusal == .unknownState || refusal == .otherBrowser ? .badRequest : .unauthorized)
        let response = try await SignInRoutes().refusal(req, message: message, status: status)
        response.cookies[Self.browserCookie] = Self.expiredBrowserCookie(req)
        return response
    }

    private func hasPendingInvitation(_ email: String, _ req: Request) async throws -> Bool {
        try await OneTimeLinkRow.query(on: req.db).filter(\.$purpose == OneTimeLinks.Purpose.invitation.rawValue)
            .filter(\.$email == email).filter(\.$usedAt == nil).filter(\.$expiresAt > req.now).count() > 0
    }

    /// Where the provider sends people back: `PARITY_BASE_URL` + `/sign-in/nhs/callback`,
    /// registered with the provider as the redirect URI.
    static func redirectURI(_ req: Request) -> String {
        req.absoluteURL(SitePath.nhsSignInCallback.href)
    }

    private static func expiredBrowserCookie(_ req: Request) -> HTTPCookies.Value {
        HTTPCookies.Value(string: "", expires: Date(timeIntervalSince1970: 0), path: SitePath.nhsSignIn.href,
                          isSecure: req.isHTTPS, isHTTPOnly: true, sameSite: .lax)
    }
}

extension Request {
    /// The NHS sign-in provider, or not found when NHS sign-in is not configured.
    var openIDProvider: OpenIDProvider {
        get throws {
            guard let provider = application.openIDProvider else { throw ParityError.notFound("NHS sign-in is not set up on this Parity.") }
            return provider
        }
    }
}
