import Vapor

/// A JSON document as an HTTP response: every API route answers through here.
enum JSONResponse {
    static func make(_ document: JSONValue) throws -> Response {
        var headers = HTTPHeaders()
        headers.contentType = .json
        return Response(status: .ok, headers: headers, body: .init(data: try document.encoded()))
    }
}
