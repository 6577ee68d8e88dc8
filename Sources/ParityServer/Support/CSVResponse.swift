import Vapor

/// CSV downloads: UTF-8 with a byte-order mark so Excel reads the encoding correctly.
enum CSVResponse {
    static func make(_ csv: String, fileName: String) -> Response {
        var headers = HTTPHeaders()
        headers.contentType = HTTPMediaType(type: "text", subType: "csv", parameters: ["charset": "utf-8"])
        headers.contentDisposition = .init(.attachment, filename: fileName)
        return Response(status: .ok, headers: headers, body: .init(string: "\u{FEFF}" + csv))
    }
}
