import ParityCore
import Vapor

/// Every table on every page can be downloaded, as a CSV file or an Excel workbook (issue 9):
/// a GET page with `?download=csv&table=N` (or `download=xlsx`, with or without `table`)
/// answers with the N-th table of the page exactly as that reader sees it, read from the
/// page itself, so a download never shows more than the page and no table can be left
/// without one. Other pages get the links after each table (and one for the whole page when
/// it has several), added here so that every template, present and future, has them.
struct TableDownloadMiddleware: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: AsyncResponder) async throws -> Response {
        guard request.method == .GET else { return try await next.respond(to: request) }
        let download = try TableDownloadRequest(request)
        let response = try await next.respond(to: request)
        guard response.status == .ok, response.headers.contentType == .html, let body = response.body.buffer else { return response }
        let html = Array(body.readableBytesView)
        if let download { return try download.response(tables: PageTableReader(html).tables()) }
        return withLinks(response, html: html, request: request)
    }

    private func withLinks(_ response: Response, html: [UInt8], request: Request) -> Response {
        let places = PageTableReader(html).places()
        guard !places.isEmpty else { return response }
        var page: [UInt8] = []
        page.reserveCapacity(html.count + places.count * 400)
        var copied = 0
        for (index, place) in places.enumerated() {
            page += html[copied..<place.end]
            page += Array(TableDownloadLinks.table(index + 1, caption: place.caption, request: request).utf8)
            copied = place.end
        }
        var rest = Array(html[copied...])
        if places.count > 1, let main = TableDownloadLinks.lastIndex(of: Array("</main>".utf8), in: rest) {
            rest.insert(contentsOf: Array(TableDownloadLinks.page(tables: places.count, request: request).utf8), at: main)
        }
        page += rest
        response.body = .init(buffer: ByteBuffer(bytes: page))
        return response
    }
}
