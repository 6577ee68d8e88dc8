import Vapor

/// `Cache-Control: no-store` on every response made for someone signed in (pages, the API,
/// error pages) and on the routes marked `neverStored()`, the forms that take a password or a
/// one-time link: no browser or shared cache may keep private figures, a new API token or a
/// reset link for the next person at the computer (issue 19). Other responses keep their own
/// caching headers. Global and outside `ParityErrorMiddleware`, so error pages are covered;
/// it reads who is signed in after `SessionMiddleware`, further in, has run.
struct NoStoreMiddleware: AsyncMiddleware {
    fileprivate static let routeKey = "parity.never-stored"

    func respond(to request: Request, chainingTo next: AsyncResponder) async throws -> Response {
        let response = try await next.respond(to: request)
        if request.signedIn != nil || request.route?.userInfo[Self.routeKey] as? Bool == true {
            response.headers.replaceOrAdd(name: .cacheControl, value: "no-store")
        }
        return response
    }
}

extension Route {
    /// Marks the route as one whose responses no cache may keep, even for a reader who is not
    /// signed in (`NoStoreMiddleware`).
    @discardableResult
    func neverStored() -> Route {
        userInfo[NoStoreMiddleware.routeKey] = true
        return self
    }
}
