extension ExtractReader {
    /// A reader for a later part of the same file, which starts at the beginning of a row:
    /// it shares this reader's header and numbers its rows from 1. Parts read at the same time
    /// on several cores are put together by `finish(_:)`.
    public func part() -> ExtractReader {
        precondition(header != nil, "a part needs the header read first")
        let part = ExtractReader(fileName: fileName, acceptedYears: acceptedYears, limits: limits)
        part.adopt(header!)
        return part
    }

    /// True once the header has been read.
    public var hasHeader: Bool { header != nil }

    /// True when a row had a quoted cell. A quoted cell may hold a line break, so a file split
    /// at line breaks may have been split inside a row: read it again as one part.
    public var sawQuotedCell: Bool { cells.sawQuotedCell }

    /// The counts of consecutive parts of one file (the first with the header), or every
    /// problem found in any part, numbered by row in the whole file.
    public static func finish(_ parts: [ExtractReader]) -> Result<ExtractTally, ImportFailure> {
        let first = parts[0]
        var tally = first.countedTally
        var collected = ImportIssueCollector(file: first.fileName, limit: first.limits.maximumIssues)
        var omitted = 0
        var offset = 0
        for (index, part) in parts.enumerated() {
            let failure = part.issues.failure
            for issue in failure.issues { collected.keep(issue.shifted(by: offset)) }
            omitted += failure.omittedCount
            if index > 0 { tally.add(part.countedTally, rowOffset: offset) }
            offset += part.row
        }
        let merged = collected.failure
        var issues = merged.issues
        omitted += merged.omittedCount
        if issues.isEmpty, first.header == nil {
            issues.append(ImportIssue(file: first.fileName, row: nil, column: nil, kind: .emptyFile,
                                      message: "the file is empty. It needs a header row (\(ExtractColumn.headerLine)) and one row per person."))
        } else if issues.isEmpty, statistics(of: parts).rows == 0 {
            issues.append(ImportIssue(file: first.fileName, row: nil, column: nil, kind: .emptyFile, message: "the file has a header but no rows of staff."))
        }
        guard issues.isEmpty else { return .failure(ImportFailure(file: first.fileName, issues: issues, omittedCount: omitted)) }
        return .success(tally)
    }

    /// What the parts read, added up.
    public static func statistics(of parts: [ExtractReader]) -> ExtractStatistics {
        var total = parts[0].statistics
        for part in parts.dropFirst() {
            total.rows += part.statistics.rows
            total.bankRows += part.statistics.bankRows
            total.people += part.statistics.people
            total.boardOnlyRows += part.statistics.boardOnlyRows
        }
        return total
    }
}
