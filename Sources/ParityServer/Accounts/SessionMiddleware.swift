import Fluent
import ParityCore
import Vapor

/// Recognises the signed-in user from the session cookie (pages) or a bearer API token (the
/// JSON API). Sessions end after `idleTimeout` without a request.
struct SessionMiddleware: AsyncMiddleware {
    static let cookieName = "parity_session"
    let idleTimeout: TimeInterval

    func respond(to request: Request, chainingTo next: AsyncResponder) async throws -> Response {
        // Prometheus's bearer token for /metrics is not an API token (`MetricsRoute`).
        let isScrape = request.url.path == MetricsRoute.path
        if let bearer = request.headers.bearerAuthorization?.token, !isScrape {
            request.signedIn = try await AccountStore(database: request.db).user(apiToken: bearer, now: request.now)
            guard request.signedIn != nil else { throw ParityError.forbidden("The API token is not valid, or it was revoked.") }
        } else if let token = request.cookies[Self.cookieName]?.string {
            request.signedIn = try await AccountStore(database: request.db).user(sessionToken: token, now: request.now, idleTimeout: idleTimeout)
        }
        return try await next.respond(to: request)
    }

    /// The cookie that carries a session: never readable by scripts, not sent on cross-site
    /// requests that change things, and only over HTTPS when the site is served over HTTPS.
    static func cookie(_ value: String, for request: Request, expires: Bool = false) -> HTTPCookies.Value {
        HTTPCookies.Value(string: value, expires: expires ? Date(timeIntervalSince1970: 0) : nil, path: "/",
                          isSecure: request.isHTTPS, isHTTPOnly: true, sameSite: .lax)
    }
}

extension Request {
    /// True when the request reached Parity over HTTPS (directly or through a proxy that says so).
    var isHTTPS: Bool {
        url.scheme == "https" || headers.first(name: "X-Forwarded-Proto")?.lowercased() == "https"
    }
}
