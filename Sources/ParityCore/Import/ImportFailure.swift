/// Why a file was refused: its first issues (up to `ImportLimits.maximumIssues`) and how many
/// more were found. Imports are all-or-nothing, so a failure means nothing was imported.
public struct ImportFailure: Error, Sendable, Hashable, CustomStringConvertible {
    public let file: String
    /// The issues kept, in row order (whole-file issues first).
    public let issues: [ImportIssue]
    /// How many further issues were found beyond those kept.
    public let omittedCount: Int

    /// A failure listing `issues` and counting `omittedCount` more that were not kept.
    public init(file: String, issues: [ImportIssue], omittedCount: Int = 0) {
        self.file = file
        self.issues = issues
        self.omittedCount = omittedCount
    }

    /// One line per issue (`FILE:ROW:COLUMN: message`), then "…and N more problems" when the
    /// list was capped.
    public var report: String {
        var lines = issues.map(\.description)
        if omittedCount > 0 {
            lines.append("…and \(omittedCount) more \(omittedCount == 1 ? "problem" : "problems")")
        }
        return lines.joined(separator: "\n")
    }

    public var description: String { report }
}
