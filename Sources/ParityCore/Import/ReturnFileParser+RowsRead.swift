extension ReturnFileParser {
    /// The valid rows of a return read so far, from a CSV file or a workbook, and the checks
    /// that need them all: each count once, and counts that must agree across rows.
    struct RowsRead {
        private var rows = LocatedRows()
        private var firstRows: [ReturnRowIdentity: Int] = [:]

        /// Checks one row's seven cells (in `ReturnColumn` order) and keeps the row when they are
        /// valid, its count is given and it is the first of its kind; reports every problem.
        mutating func read(_ fields: [String], at row: Int, rules: ReturnCellRules, issues: inout ImportIssueCollector) {
        let place = issues.place
            guard let parsed = ReturnFileParser.validRow(fields, at: row, rules: rules, issues: &issues) else { return }
            let identity = parsed.identity
            if let firstRow = firstRows[identity] {
                issues.add(.duplicateRow, row: row, "this row repeats \(place(firstRow)): the same organisation, year, standard, indicator, measure and group ("
                    + parsed.identifyingCells.joined(separator: ", ") + "); expected each count once per return")
                return
            }
            firstRows[identity] = row
            rows.append(parsed, at: row)
        }

        /// The rows, once the checks across rows found nothing; otherwise every problem found.
        func finish(issues: inout ImportIssueCollector) -> Result<ParsedReturnFile, ImportFailure> {
            ReturnFileParser.checkAcrossRows(rows.wres, issues: &issues)
            ReturnFileParser.checkAcrossRows(rows.wdes, issues: &issues)
            ReturnFileParser.checkAcrossRows(rows.intersection, issues: &issues)
            guard issues.isEmpty else { return .failure(issues.failure) }
            return .success(ParsedReturnFile(wres: rows.wres.map(\.value), wdes: rows.wdes.map(\.value),
                                             intersection: rows.intersection.map(\.value)))
        }
    }
}
