import Foundation
import ParityCore

struct UploadPage: Encodable {
    var chrome: PageChrome
    var templateHref = SitePath.returnsTemplate.href
    var wdesTemplateHref = SitePath.returnsTemplate.href + "?standard=WDES"
    var workbookHref = SitePath.returnsWorkbookTemplate.href
    var wdesWorkbookHref = SitePath.returnsWorkbookTemplate.href + "?standard=WDES"
    var failure: ImportFailureView?
    /// Why a change to a signed-off return was refused: its reason was missing.
    var reasonError: String?
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
        var messages: [String]
    }

    var fileName: String
    var issues: [Issue]
    var omitted: Int
    var rows: [ProblemRow]

    /// "Row 4, column group: …" — the same facts as the command line's FILE:ROW:COLUMN, for
    /// people; a workbook's problems start with their sheet and cell, "Indicator 2!C7: …".
    static func sentence(_ issue: ImportIssue) -> String {
        if let location = issue.location { return "\(location): \(issue.message)" }
        return switch (issue.row, issue.column) {
        case let (row?, column?): "Row \(row), column \(column): \(issue.message)"
        case let (row?, nil): "Row \(row): \(issue.message)"
        default: issue.message
        }
    }

    init(_ failure: ImportFailure, bytes: [UInt8]) {
        fileName = failure.file
        omitted = failure.omittedCount
        issues = failure.issues.map { Issue(text: Self.sentence($0), href: $0.row.map { "#row-\($0)" }) }
        let lines = String(decoding: bytes.prefix(2_000_000), as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        let byRow = Dictionary(grouping: failure.issues.filter { $0.row != nil }, by: { $0.row! })
        rows = byRow.keys.sorted().map { row in
            let content = row - 1 < lines.count ? String(lines[row - 1].prefix(300)).trimmingCharacters(in: .newlines) : ""
            return ProblemRow(row: row, anchor: "row-\(row)", content: content, messages: byRow[row]!.map(\.message))
        }
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
