import ParityCore
import Vapor

/// CSV downloads, as `CSVWriter.spreadsheetFile` writes them (UTF-8 with a byte order mark,
/// formula cells neutralised), or a CSV file already in its final form.
enum CSVResponse {
    static func make(rows: [[String]], fileName: String) -> Response {
        make(file: CSVWriter.spreadsheetFile(rows), fileName: fileName)
    }

    /// A return template or another file whose bytes are exactly `file`.
    static func make(file: String, fileName: String) -> Response {
        var headers = HTTPHeaders()
        headers.contentType = HTTPMediaType(type: "text", subType: "csv", parameters: ["charset": "utf-8"])
        headers.contentDisposition = .init(.attachment, filename: fileName)
        return Response(status: .ok, headers: headers, body: .init(string: file))
    }
}
