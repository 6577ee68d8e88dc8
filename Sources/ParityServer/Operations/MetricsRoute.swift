import ParityCore
import Vapor

/// `/metrics`, for the operators' Prometheus: not public. A scraper sends the bearer token
/// set in `PARITY_METRICS_TOKEN`; a signed-in regional admin may also look. Without a token
/// configured, only the admin can.
struct MetricsRoute: RouteCollection {
    static let path = "/metrics"
    let token: String?

    func boot(routes: RoutesBuilder) throws {
        routes.get(PathComponent(stringLiteral: String(Self.path.dropFirst())), use: metrics)
    }

    func metrics(req: Request) async throws -> Response {
        let sent = req.headers.bearerAuthorization?.token
        let tokenMatches = token.map { expected in sent.map { $0.utf8.elementsEqual(expected.utf8) } ?? false } ?? false
        guard tokenMatches || AccessPolicy.decide(req.actor, .manageUsers, .region).isAllowed else {
            throw ParityError.forbidden("Metrics are for the operators: send the bearer token set in PARITY_METRICS_TOKEN, or sign in as a regional admin.")
        }
        var headers = HTTPHeaders()
        headers.contentType = HTTPMediaType(type: "text", subType: "plain", parameters: ["version": "0.0.4", "charset": "utf-8"])
        return Response(status: .ok, headers: headers, body: .init(string: MetricsRegistry.shared.exposition()))
    }
}
