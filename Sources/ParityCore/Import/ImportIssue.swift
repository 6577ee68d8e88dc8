/// One problem found in an uploaded file, located as precisely as the problem allows, with a
/// message that says what was found and what was expected. The same problem found in several
/// rows is one issue placed at the first of them, counting the others (`occurrences`).
public struct ImportIssue: Sendable, Hashable, Error, CustomStringConvertible {
    /// The uploaded file's name, as the person chose it.
    public let file: String
    /// The 1-based line number (the header is row 1); `nil` for problems with the whole file.
    public let row: Int?
    /// The column's header name, when the problem is in one cell.
    public let column: String?
    /// The sheet and cell of a workbook upload (where `row` is `nil`): "Indicator 2!C7".
    public let location: WorkbookLocation?
    public let kind: Kind
    public let message: String
    /// How many rows (or cells) have this problem, `row` the first of them.
    public private(set) var occurrences = 1
    /// The last row with this problem, when it is found in more than one.
    public private(set) var lastRow: Int?

    /// An issue in `file`, at 1-based `row` and header-named `column` when known, or at a
    /// workbook `location`.
    public init(file: String, row: Int?, column: String?, kind: Kind, message: String, location: WorkbookLocation? = nil) {
        self.file = file
        self.row = row
        self.column = column
        self.kind = kind
        self.message = message
        self.location = location
    }

    /// `FILE:ROW:COLUMN: message` (or `FILE:SHEET!CELL: message` for a workbook), leaving out
    /// the parts that are not known, as compilers do; a problem found in several rows says in
    /// how many and where the last one is.
    public var description: String {
        let place = location.map { [file, $0.description] } ?? [file, row.map(String.init), column].compactMap { $0 }
        return place.joined(separator: ":") + ": " + message + repeatNote
    }

    /// " (in 144 rows, the last row 145)", or nothing for a problem found once.
    var repeatNote: String {
        guard occurrences > 1 else { return "" }
        let noun = location == nil ? "rows" : "cells"
        return " (in \(occurrences) \(noun)\(lastRow.map { ", the last row \($0)" } ?? ""))"
    }

    /// This issue and `later`, the same problem found further on, as one.
    func merged(with later: ImportIssue) -> ImportIssue {
        var issue = self
        issue.occurrences += later.occurrences
        issue.lastRow = later.lastRow ?? later.row ?? lastRow
        return issue
    }

    /// The same issue with its rows moved on by `offset`: found in a part of a file read on its own.
    func shifted(by offset: Int) -> ImportIssue {
        var issue = ImportIssue(file: file, row: row.map { $0 + offset }, column: column, kind: kind, message: message, location: location)
        issue.occurrences = occurrences
        issue.lastRow = lastRow.map { $0 + offset }
        return issue
    }

    /// The same issue placed at a workbook `location` instead of a row of the CSV it was read as.
    func placed(at location: WorkbookLocation) -> ImportIssue {
        var issue = ImportIssue(file: file, row: nil, column: column, kind: kind, message: message, location: location)
        issue.occurrences = occurrences
        return issue
    }
}
