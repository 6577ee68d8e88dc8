/// Keeps the first issues found and only counts the rest, so a file with a million bad rows
/// costs no more memory than one with a hundred. The same problem found again (same kind,
/// column and message, as when every row names the same unknown organisation) is grouped
/// into the first issue found (`ImportIssue.occurrences`) rather than listed once a row.
struct ImportIssueCollector {
    let file: String
    let limit: Int
    /// How a message names another row it refers to: "row 12" in a CSV file, the sheet and
    /// cell in a workbook ("Indicator 2!C5").
    let place: @Sendable (Int) -> String
    private var kept: [ImportIssue] = []
    /// Where each kept issue is in `kept`, by the problem it reports (`groupKey`).
    private var keptIndex: [String: Int] = [:]
    private var omittedCount = 0

    init(file: String, limit: Int, place: @escaping @Sendable (Int) -> String = { "row \($0)" }) {
        self.file = file
        self.limit = limit
        self.place = place
    }

    var isEmpty: Bool { kept.isEmpty && omittedCount == 0 }

    /// Records an issue, grouped into an earlier one reporting the same problem.
    mutating func add(_ kind: ImportIssue.Kind, row: Int?, column: String? = nil, _ message: @autoclosure () -> String) {
        keep(ImportIssue(file: file, row: row, column: column, kind: kind, message: message()))
    }

    /// Records an issue about a place in a workbook rather than a row.
    mutating func add(_ kind: ImportIssue.Kind, at location: WorkbookLocation, column: ReturnColumn? = nil, _ message: @autoclosure () -> String) {
        keep(ImportIssue(file: file, row: nil, column: column?.rawValue, kind: kind, message: message(), location: location))
    }

    /// Records an issue found elsewhere (in a part of the file), grouped like the others.
    mutating func keep(_ issue: ImportIssue) {
        let key = Self.groupKey(issue)
        if let index = keptIndex[key] {
            kept[index] = kept[index].merged(with: issue)
            return
        }
        guard kept.count < limit else {
            omittedCount += issue.occurrences
            return
        }
        keptIndex[key] = kept.count
        kept.append(issue)
    }

    /// Two issues report the same problem when their kind, column and message agree.
    private static func groupKey(_ issue: ImportIssue) -> String {
        "\(issue.kind.rawValue)\u{1F}\(issue.column ?? "")\u{1F}\(issue.message)"
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
