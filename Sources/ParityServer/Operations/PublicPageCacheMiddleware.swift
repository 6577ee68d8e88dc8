import Vapor

/// Serves the routes it guards from `PublicPageCache` to readers who are not signed in, so the
/// region page costs the public one read of a stamp rather than the region's figures, its
/// governance and staff voice, and a template. Signed-in readers always get a page built for
/// them. Only a complete 200 response without the reader's CSRF token in it is kept.
struct PublicPageCacheMiddleware: AsyncMiddleware {
    static let header = "X-Parity-Cache"

    func respond(to request: Request, chainingTo next: AsyncResponder) async throws -> Response {
        guard request.method == .GET, request.signedIn == nil, let cache = request.application.publicPageCache else {
            return try await next.respond(to: request)
        }
        let version = try await request.publicDataVersion()
        let (response, hit) = try await cache.page(request.url.string, version: version) {
            let response = try await next.respond(to: request)
            // Kept only if nothing changed while it was built, so it shows that stamp's data.
            let unchanged = try await ChangeStamps(database: request.db).stamp(.publicPages) == version.stamp
            return PublicPageCache.Built(response: response, page: unchanged ? Self.page(of: response, csrfToken: request.csrfToken) : nil)
        }
        response.headers.replaceOrAdd(name: Self.header, value: hit ? "hit" : "miss")
        return response
    }

    /// What may be kept of `response`: a 200 with its whole body in memory that does not
    /// carry this reader's CSRF token.
    private static func page(of response: Response, csrfToken: String?) -> PublicPageCache.Page? {
        guard response.status == .ok, response.headers.setCookie == nil, let body = response.body.buffer else { return nil }
        if let csrfToken, body.readableBytesView.firstRange(of: Array(csrfToken.utf8)) != nil { return nil }
        return PublicPageCache.Page(status: response.status, contentType: response.headers.first(name: .contentType), body: body)
    }
}
