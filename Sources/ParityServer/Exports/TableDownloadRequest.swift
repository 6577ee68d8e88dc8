import ParityCore
import ParityWorkbook
import Vapor

/// A request for a page's tables as a file: `download=csv|xlsx`, and `table=N` (from 1) for
/// one table; a workbook of every table when `table` is left out.
struct TableDownloadRequest {
    enum Format: String {
        case csv, xlsx
    }

    var format: Format
    var table: Int?
    /// The file's name without its extension, from the page's address.
    var baseName: String

    /// Nil when the request asks for no download; refused when it asks for one wrongly.
    init?(_ request: Request) throws {
        guard let asked = request.query[String.self, at: "download"] else { return nil }
        guard let format = Format(rawValue: asked) else {
            throw ParityError.invalidInput("A page's tables download as download=csv or download=xlsx.")
        }
        let table = request.query[String.self, at: "table"]
        if let table, Int(table).map({ $0 >= 1 }) != true {
            throw ParityError.invalidInput("The table to download is its number on the page, from 1.")
        }
        guard format == .xlsx || table != nil else {
            throw ParityError.invalidInput("A CSV file holds one table: add table=N, the table's number on the page.")
        }
        self.format = format
        self.table = table.flatMap(Int.init)
        self.baseName = Self.baseName(path: request.url.path, year: request.query[String.self, at: "year"])
    }

    func response(tables: [PageTable]) throws -> Response {
        let chosen: [PageTable]
        var name = baseName
        if let table {
            guard tables.indices.contains(table - 1) else {
                throw ParityError.notFound("This page has \(tables.count) \(tables.count == 1 ? "table" : "tables"), so there is no table \(table) to download.")
            }
            chosen = [tables[table - 1]]
            name += "-table-\(table)"
        } else {
            chosen = tables
            name += "-tables"
        }
        switch format {
        case .csv:
            return CSVResponse.make(rows: chosen[0].rows.map(\.cells), fileName: name + ".csv")
        case .xlsx:
            return try WorkbookResponse.make(PageTableWorkbook.make(chosen), fileName: name + ".xlsx")
        }
    }

    /// "/systems/D01/wdes" with year 2026 → "systems-D01-wdes-2026"; "/" → "region".
    static func baseName(path: String, year: String?) -> String {
        let parts = path.split(separator: "/").map { $0.filter { $0.isLetter || $0.isNumber || $0 == "-" } }.filter { !$0.isEmpty }
        let stem = parts.isEmpty ? "region" : parts.joined(separator: "-")
        guard let year, Int(year) != nil else { return stem }
        return stem + "-" + year
    }
}
