import Foundation
import Vapor

/// Counts every request and times it, by its route's pattern (`/cycles/:standard/:year`, not
/// the address, so the number of series stays small). Outermost, so it sees the status the
/// error middleware chose.
struct MetricsMiddleware: AsyncMiddleware {
    var registry = MetricsRegistry.shared

    func respond(to request: Request, chainingTo next: AsyncResponder) async throws -> Response {
        let started = ContinuousClock.now
        var status = HTTPResponseStatus.internalServerError
        defer {
            let route = request.route.map { "/" + $0.path.map(\.description).joined(separator: "/") } ?? "unmatched"
            let elapsed = started.duration(to: .now)
            let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
            registry.increment("parity_http_requests_total", ["method": request.method.rawValue, "route": route, "status": "\(status.code)"])
            registry.observe("parity_http_request_duration_seconds", ["route": route], seconds: seconds)
            if status.code >= 500 { registry.increment("parity_http_server_errors_total", ["route": route]) }
        }
        let response = try await next.respond(to: request)
        status = response.status
        return response
    }
}
