import Vapor

/// Returns the request's id in `X-Request-Id`, the same id every log line of the request
/// carries (`request-id=…`), so a person reporting a problem, or a proxy's log, points at
/// the server's lines for it.
struct RequestIDMiddleware: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: AsyncResponder) async throws -> Response {
        let response = try await next.respond(to: request)
        response.headers.replaceOrAdd(name: "X-Request-Id", value: request.id)
        return response
    }
}
