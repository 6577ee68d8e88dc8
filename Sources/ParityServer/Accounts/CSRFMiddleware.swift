import ParityCore
import Vapor

/// Protects every state-changing form against cross-site request forgery with a per-browser
/// secret: a cookie the page cannot read, repeated in a hidden `_csrf` field that a foreign
/// site cannot know. API writes use bearer tokens instead, which browsers never send by
/// themselves.
struct CSRFMiddleware: AsyncMiddleware {
    static let cookieName = "parity_csrf"
    static let fieldName = "_csrf"
    let maximumBodyBytes: Int

    /// Staff voice's anonymous forms: no cookie may be set or required there (issue 6), and
    /// there is no session for a forged request to ride on. Withdrawal needs the receipt code,
    /// which a foreign site cannot know.
    static let anonymousPrefixes = ["/voice/", "/receipt", "/pulse/"]

    func respond(to request: Request, chainingTo next: AsyncResponder) async throws -> Response {
        let existing = request.cookies[Self.cookieName]?.string
        if Self.anonymousPrefixes.contains(where: request.url.path.hasPrefix) {
            request.csrfToken = existing
            return try await next.respond(to: request)
        }
        let token = existing ?? SecretToken.make()
        request.csrfToken = token
        if ![.GET, .HEAD, .OPTIONS].contains(request.method), request.headers.bearerAuthorization == nil {
            let body = try await request.body.collect(max: maximumBodyBytes).get()
            let sent = body.flatMap { Self.sentToken(Array($0.readableBytesView), contentType: request.headers.contentType) }
            guard let existing, let sent, sent.utf8.elementsEqual(existing.utf8) else {
                throw ParityError.forbidden("This form has expired or did not come from Parity. Go back, reload the page and try again.")
            }
        }
        let response = try await next.respond(to: request)
        if existing == nil {
            response.cookies[Self.cookieName] = HTTPCookies.Value(string: token, path: "/", isSecure: request.isHTTPS, isHTTPOnly: true, sameSite: .lax)
        }
        return response
    }

    /// The `_csrf` field of a form, found by scanning the raw body rather than decoding it: any
    /// POST reaches this check, and decoding a hostile form is quadratic (`FormBody`).
    static func sentToken(_ bytes: [UInt8], contentType: HTTPMediaType?) -> String? {
        switch contentType {
        case .urlEncodedForm?: FormBody.value(of: fieldName, urlEncoded: bytes)
        case let type? where type == .formData: type.parameters["boundary"].flatMap { FormBody.value(of: fieldName, multipart: bytes, boundary: $0) }
        default: nil
        }
    }
}

extension Request {
    private struct CSRFKey: StorageKey { typealias Value = String }

    /// The token forms of this page must carry in their `_csrf` field.
    var csrfToken: String? {
        get { storage[CSRFKey.self] }
        set { storage[CSRFKey.self] = newValue }
    }
}
