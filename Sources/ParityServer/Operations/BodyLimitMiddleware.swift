import Vapor

/// Refuses a request body larger than its route allows, before anything reads it: return
/// uploads up to the configured upload limit, ordinary forms up to `formBytes`, the anonymous
/// staff voice forms up to `anonymousFormBytes`. A declared length over the limit is refused
/// at once; an undeclared (chunked) body is cut off as soon as it passes the limit.
struct BodyLimitMiddleware: AsyncMiddleware {
    let uploadBytes: Int
    /// Every signed-in form and API write: far above any real form, far below a file.
    static let formBytes = 256 * 1024
    /// Staff voice and pulse answers: a few thousand characters at most.
    static let anonymousFormBytes = 64 * 1024

    func limit(for path: String) -> Int {
        if path == "/returns/upload" { return uploadBytes }
        if CSRFMiddleware.anonymousPrefixes.contains(where: path.hasPrefix) { return Self.anonymousFormBytes }
        return Self.formBytes
    }

    func respond(to request: Request, chainingTo next: AsyncResponder) async throws -> Response {
        guard ![.GET, .HEAD, .OPTIONS].contains(request.method) else { return try await next.respond(to: request) }
        let limit = limit(for: request.url.path)
        let tooLarge = BodyTooLarge(limit: limit, isUpload: limit == uploadBytes)
        if let declared = request.headers.first(name: .contentLength).flatMap(Int.init), declared > limit { throw tooLarge }
        do {
            _ = try await request.body.collect(max: limit).get()
        } catch let abort as any AbortError where abort.status == .payloadTooLarge {
            throw tooLarge
        }
        return try await next.respond(to: request)
    }
}

/// A body over its route's limit, said plainly.
struct BodyTooLarge: AbortError {
    var limit: Int
    var isUpload: Bool
    var status: HTTPResponseStatus { .payloadTooLarge }
    var reason: String {
        isUpload
            ? "The file is larger than the \(limit / (1024 * 1024)) MB upload limit. Nothing was saved: split it into smaller files (one per organisation or year) and upload each."
            : "What was sent is larger than this form accepts (\(limit / 1024) KB). Nothing was saved: shorten it and try again."
    }
}
