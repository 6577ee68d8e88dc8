/// Keeps the first issues found and only counts the rest, so a file with a million bad rows
/// costs no more memory than one with a hundred.
struct ImportIssueCollector {
    let file: String
    let limit: Int
    /// How a message names another row it refers to: "row 12" in a CSV file, the sheet and
    /// cell in a workbook ("Indicator 2!C5").
    let place: @Sendable (Int) -> String
    private var kept: [ImportIssue] = []
    private var omittedCount = 0

    init(file: String, limit: Int, place: @escaping @Sendable (Int) -> String = { "row \($0)" }) {
        self.file = file
        self.limit = limit
        self.place = place
    }

    var isEmpty: Bool { kept.isEmpty && omittedCount == 0 }

    /// Records an issue; the message is only built when the issue is kept.
    mutating func add(_ kind: ImportIssue.Kind, row: Int?, column: String? = nil, _ message: @autoclosure () -> String) {
        guard kept.count < limit else {
            omittedCount += 1
            return
        }
        kept.append(ImportIssue(file: file, row: row, column: column, kind: kind, message: message()))
    }

    /// Records an issue about a place in a workbook rather than a row.
    mutating func add(_ kind: ImportIssue.Kind, at location: WorkbookLocation, column: ReturnColumn? = nil, _ message: @autoclosure () -> String) {
        guard kept.count < limit else {
            omittedCount += 1
            return
        }
        kept.append(ImportIssue(file: file, row: nil, column: column?.rawValue, kind: kind, message: message(), location: location))
    }

    /// The failure listing the kept issues in row order (whole-file issues first; issues of
    /// one row in the order they were found).
    var failure: ImportFailure {
        let ordered = kept.enumerated()
            .sorted { ($0.element.row ?? 0, $0.offset) < ($1.element.row ?? 0, $1.offset) }
            .map(\.element)
        return ImportFailure(file: file, issues: ordered, omittedCount: omittedCount)
    }
}
