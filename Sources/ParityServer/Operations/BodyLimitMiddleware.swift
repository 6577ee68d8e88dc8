import ParityCore
import Vapor

/// Refuses a request body larger than its route allows, before anything reads it: return
/// uploads up to the configured upload limit, ordinary forms up to `formBytes`, the anonymous
/// staff voice forms up to `anonymousFormBytes`. A declared length over the limit is refused
/// at once; an undeclared (chunked) body is cut off as soon as it passes the limit. A form
/// (or query string) with more fields than any Parity form is refused before anything decodes
/// it, since decoding many fields is quadratic (`FormBody`).
struct BodyLimitMiddleware: AsyncMiddleware {
    let uploadBytes: Int
    /// Every signed-in form and API write: far above any real form, far below a file.
    static let formBytes = 256 * 1024
    /// Staff voice and pulse answers: a few thousand characters at most.
    static let anonymousFormBytes = 64 * 1024

    func limit(for path: String) -> Int {
        if path == SitePath.returnsUpload.href { return uploadBytes }
        if CSRFMiddleware.anonymousPrefixes.contains(where: path.hasPrefix) { return Self.anonymousFormBytes }
        return Self.formBytes
    }

    func respond(to request: Request, chainingTo next: AsyncResponder) async throws -> Response {
        if let query = request.url.query, FormBody.fieldCount(urlEncoded: query.utf8) > FormBody.maximumFields { throw TooManyFields() }
        guard ![.GET, .HEAD, .OPTIONS].contains(request.method) else { return try await next.respond(to: request) }
        let limit = limit(for: request.url.path)
        let tooLarge = BodyTooLarge(limit: limit, isUpload: limit == uploadBytes)
        if let declared = request.headers.first(name: .contentLength).flatMap(Int.init), declared > limit { throw tooLarge }
        let body: ByteBuffer?
        do {
            body = try await request.body.collect(max: limit).get()
        } catch let abort as any AbortError where abort.status == .payloadTooLarge {
            throw tooLarge
        }
        if let body, Self.fieldCount(Array(body.readableBytesView), contentType: request.headers.contentType) > FormBody.maximumFields {
            throw TooManyFields()
        }
        return try await next.respond(to: request)
    }

    /// The fields of a form body: its pairs, or its parts; 0 for anything else (JSON).
    static func fieldCount(_ bytes: [UInt8], contentType: HTTPMediaType?) -> Int {
        switch contentType {
        case .urlEncodedForm?: FormBody.fieldCount(urlEncoded: bytes)
        case let type? where type == .formData: type.parameters["boundary"].map { FormBody.partCount(multipart: bytes, boundary: $0) } ?? 0
        default: 0
        }
    }
}

/// A form with more fields than any Parity form, refused before it is decoded.
struct TooManyFields: AbortError {
    var status: HTTPResponseStatus { .payloadTooLarge }
    var reason: String {
        "What was sent has more than \(FormBody.maximumFields) fields, more than any Parity form. Nothing was saved."
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
