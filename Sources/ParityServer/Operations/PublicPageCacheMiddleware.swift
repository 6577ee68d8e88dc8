import Vapor

/// Serves the routes marked `keptForThePublic()` from `PublicPageCache` to readers who are
/// not signed in, so the region page costs the public one read of a stamp rather than the
/// region's figures, its governance and staff voice, a template and the table download links.
/// Signed-in readers always get a page built for them. Only a complete 200 response that sets
/// no cookie and does not carry the reader's CSRF token is kept. Global, after the session
/// middleware (it must know who is signed in) and before every middleware that reworks a page
/// (`TableDownloadMiddleware`), so the page is kept as it is sent.
struct PublicPageCacheMiddleware: AsyncMiddleware {
    static let header = "X-Parity-Cache"
    fileprivate static let routeKey = "parity.kept-for-the-public"

    func respond(to request: Request, chainingTo next: AsyncResponder) async throws -> Response {
        guard request.method == .GET, request.signedIn == nil, request.route?.userInfo[Self.routeKey] as? Bool == true,
              let cache = request.application.publicPageCache else {
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

    /// What may be kept of `response`: a 200 with its whole body in memory that sets no
    /// cookie and does not carry this reader's CSRF token.
    private static func page(of response: Response, csrfToken: String?) -> PublicPageCache.Page? {
        guard response.status == .ok, response.headers.setCookie == nil, let body = response.body.buffer else { return nil }
        if let csrfToken, body.readableBytesView.firstRange(of: Array(csrfToken.utf8)) != nil { return nil }
        return PublicPageCache.Page(status: response.status, headers: response.headers, body: body)
    }
}

extension Route {
    /// Marks the route as one whose anonymous responses `PublicPageCacheMiddleware` may keep:
    /// one that reads only what `AddChangeTriggers` and `AddPublicationTriggers` watch.
    @discardableResult
    func keptForThePublic() -> Route {
        userInfo[PublicPageCacheMiddleware.routeKey] = true
        return self
    }
}
