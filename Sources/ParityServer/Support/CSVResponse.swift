import ParityCore
import Vapor

/// CSV downloads, UTF-8 with a byte order mark so Excel reads the encoding: a table as
/// `CSVWriter.spreadsheetFile` writes it (formula cells neutralised), or a file written
/// elsewhere, such as the return template.
enum CSVResponse {
    static func make(rows: [[String]], fileName: String) -> Response {
        make(file: CSVWriter.spreadsheetFile(rows), fileName: fileName)
    }

    /// `file` as it is, with a byte order mark put first when it has none.
    static func make(file: String, fileName: String) -> Response {
        let file = file.hasPrefix("\u{FEFF}") ? file : "\u{FEFF}" + file
        var headers = HTTPHeaders()
        headers.contentType = HTTPMediaType(type: "text", subType: "csv", parameters: ["charset": "utf-8"])
        headers.contentDisposition = .init(.attachment, filename: fileName)
        return Response(status: .ok, headers: headers, body: .init(string: file))
    }
}
