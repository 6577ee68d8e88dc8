import Vapor

/// The download links added to pages: after each table, and one for all the page's tables.
enum TableDownloadLinks {
    static func table(_ number: Int, caption: String, request: Request) -> String {
        let name = caption.isEmpty ? "table \(number)" : "“\(caption.count > 100 ? String(caption.prefix(100)) + "…" : caption)”"
        let hidden = #"<span class="p-visually-hidden"> of \#(escaped(name))</span>"#
        return #"<p class="p-table-download">Download this table: "#
            + #"<a href="\#(escaped(href(request, format: "csv", table: number)))" download>CSV\#(hidden)</a> or "#
            + #"<a href="\#(escaped(href(request, format: "xlsx", table: number)))" download>Excel workbook\#(hidden)</a></p>"#
    }

    static func page(tables: Int, request: Request) -> String {
        #"<p class="p-table-download p-table-download--page"><a href="\#(escaped(href(request, format: "xlsx", table: nil)))" download>"#
            + "Download all \(tables) tables on this page as one Excel workbook</a></p>"
    }

    /// The page's own address with the download asked for, keeping its other query items.
    static func href(_ request: Request, format: String, table: Int?) -> String {
        var items = (request.url.query ?? "").split(separator: "&")
            .filter { !$0.hasPrefix("download=") && !$0.hasPrefix("table=") }.map(String.init)
        items.append("download=\(format)")
        if let table { items.append("table=\(table)") }
        return request.url.path + "?" + items.joined(separator: "&")
    }

    static func escaped(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "\"", with: "&quot;")
            .replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
    }

    static func lastIndex(of needle: [UInt8], in bytes: [UInt8]) -> Int? {
        guard bytes.count >= needle.count else { return nil }
        return stride(from: bytes.count - needle.count, through: 0, by: -1).first { bytes[$0..<$0 + needle.count].elementsEqual(needle) }
    }
}
