import ParityCore
import ParityWorkbook
import Vapor

/// A workbook download (.xlsx).
enum WorkbookResponse {
    static let mediaType = HTTPMediaType(type: "application", subType: "vnd.openxmlformats-officedocument.spreadsheetml.sheet")

    static func make(_ workbook: Workbook, fileName: String) throws -> Response {
        var headers = HTTPHeaders()
        headers.contentType = mediaType
        headers.contentDisposition = .init(.attachment, filename: fileName)
        return Response(status: .ok, headers: headers, body: .init(data: try XLSXWriter.data(workbook)))
    }
}
