import Foundation
import ParityCore
import ParityWorkbook

struct UploadPage: Encodable {
    var chrome: PageChrome
    var templateHref = SitePath.returnsTemplate.href
    var wdesTemplateHref = SitePath.returnsTemplate.href + "?standard=WDES"
    var workbookHref = SitePath.returnsWorkbookTemplate.href
    var wdesWorkbookHref = SitePath.returnsWorkbookTemplate.href + "?standard=WDES"
    var failure: ImportFailureView?
    /// Why a change to a signed-off return was refused: its reason was missing.
    var reasonError: String?
    /// Why nothing was read: no file was chosen.
    var fileError: String?
}

struct UploadResultPage: Encodable {
    var chrome: PageChrome
    var receipt: ReceiptView
}

struct ReceiptView: Encodable {
    struct Line: Encodable {
        var organisation: String
        var year: Int
        var standard: String
        var version: Int
        var rows: Int
        var href: String
        var warning: String?
    }

    var fileName: String
    var lines: [Line]

    init(_ receipt: ImportReceipt) {
        fileName = receipt.fileName
        lines = receipt.versions.map {
            Line(organisation: $0.key.organisation, year: $0.key.year, standard: $0.key.standard.rawValue,
                 version: $0.version, rows: $0.rows, href: SitePath.organisation($0.key.organisation, year: $0.key.year).href,
                 warning: $0.warning)
        }
    }
}

/// Every problem in a rejected file, each linked to the row it is about, with the rows shown
/// as they were uploaded so the person can find them in their spreadsheet.
struct ImportFailureView: Encodable {
    struct Issue: Encodable {
        var text: String
        var href: String?
    }

    struct ProblemRow: Encodable {
        var row: Int
        var anchor: String
        var content: String
        var problems: [Problem]
    }

    /// A problem of one row, with the content of the cell it is about.
    struct Problem: Encodable {
        var column: String?
        /// The cell as uploaded, quoted, or "a blank cell".
        var cell: String?
        var message: String
    }

    var fileName: String
    var issues: [Issue]
    var omitted: Int
    var rows: [ProblemRow]

    /// "Row 4, column group: …" — the same facts as the command line's FILE:ROW:COLUMN, for
    /// people; a workbook's problems start with their sheet and cell, "Indicator 2!C7: …". A
    /// problem found in many rows is one sentence: "144 rows from row 2 to row 145, column
    /// organisation: …".
    static func sentence(_ issue: ImportIssue) -> String {
        if let location = issue.location {
            return "\(location)\(issue.occurrences > 1 ? " and \(issue.occurrences - 1) more cells" : ""): \(issue.message)"
        }
        let rows = issue.row.map { row in
            issue.occurrences > 1 ? "\(issue.occurrences) rows from row \(row) to row \(issue.lastRow ?? row)" : "Row \(row)"
        }
        return switch (rows, issue.column) {
        case let (rows?, column?): "\(rows), column \(column): \(issue.message)"
        case let (rows?, nil): "\(rows): \(issue.message)"
        default: issue.message
        }
    }

    init(_ failure: ImportFailure, bytes: [UInt8]) {
        fileName = failure.file
        omitted = failure.omittedCount
        issues = failure.issues.map { Issue(text: Self.sentence($0), href: $0.row.map { "#row-\($0)" }) }
        let byRow = Dictionary(grouping: failure.issues.filter { $0.row != nil }, by: { $0.row! })
        let records = Self.records(Set(byRow.keys), in: bytes)
        rows = byRow.keys.sorted().map { row in
            let fields = records[row] ?? []
            let problems = byRow[row]!.map { issue in
                let index = issue.column.flatMap(ReturnColumn.init(rawValue:)).flatMap(ReturnColumn.allCases.firstIndex(of:))
                return Problem(column: issue.column, cell: index.map { fields.indices.contains($0) ? ImportText.found(fields[$0]) : "a missing cell" },
                               message: issue.message)
            }
            return ProblemRow(row: row, anchor: "row-\(row)", content: String(fields.joined(separator: ",").prefix(300)), problems: problems)
        }
    }

    /// The cells of the CSV records starting on `rows`, read as the importer read them (any
    /// line ends, quoted cells); none for a workbook, whose problems name their cells.
    private static func records(_ rows: Set<Int>, in bytes: [UInt8]) -> [Int: [String]] {
        guard !rows.isEmpty, !XLSXReader.looksLikeZIP(bytes) else { return [:] }
        var found: [Int: [String]] = [:]
        for case let .success(record) in CSVReader(Array(bytes.prefix(2_000_000)), maximumFields: ReturnColumn.allCases.count + 1)
        where rows.contains(record.row) {
            found[record.row] = record.fields
        }
        return found
    }
}

struct HistoryPage: Encodable {
    var chrome: PageChrome
    var organisation: String
    var code: String
    var versions: [VersionView]
}

struct VersionView: Encodable {
    var standard: String
    var year: Int
    var version: Int
    var importedAt: String
    var sourceName: String
    var sourceBytes: Int
    var sha256: String
    var rowCount: Int

    init(_ row: ReturnVersionRow) {
        standard = row.standard
        year = row.year
        version = row.version
        importedAt = DisplayDate.dateTime(row.importedAt)
        sourceName = row.sourceName
        sourceBytes = row.sourceBytes
        sha256 = row.sourceSHA256
        rowCount = row.rowCount
    }
}
