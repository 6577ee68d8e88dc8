extension ReturnFileParser {
    /// Reads a filled return workbook (`ReturnWorkbook`) as the rows of the return file and
    /// checks them exactly as a CSV upload's (issue 9): the same rows on success; otherwise
    /// every problem, placed at its sheet and cell ("Indicator 2!C7") instead of a row.
    public func parseWorkbook(_ workbook: Workbook, fileName: String, context: ReturnValidationContext) -> Result<ParsedReturnFile, ImportFailure> {
        let rules = ReturnCellRules(context: context, limits: limits)
        var shapeIssues = ImportIssueCollector(file: fileName, limit: limits.maximumIssues)
        guard let records = ReturnWorkbook.records(in: workbook, rules: rules, issues: &shapeIssues) else {
            return .failure(shapeIssues.failure)
        }
        // A record's row number is its position, from 1; messages name the count's cell instead.
        var issues = ImportIssueCollector(file: fileName, limit: limits.maximumIssues,
                                          place: { records[$0 - 1].location(of: .count).description })
        var rows = RowsRead()
        for (index, record) in records.enumerated() {
            rows.read(record.fields, at: index + 1, rules: rules, issues: &issues)
        }
        return rows.finish(issues: &issues).mapError { Self.placed($0, records: records) }
    }

    /// The failure with each issue moved from its record's row to the cell it is about, each
    /// problem once: a misnamed measure is found once for every count on its row.
    private static func placed(_ failure: ImportFailure, records: [ReturnWorkbook.Record]) -> ImportFailure {
        var seen = Set<String>()
        let issues = failure.issues.map { issue -> ImportIssue in
            guard let row = issue.row else { return issue }
            return issue.placed(at: records[row - 1].location(of: issue.column.flatMap(ReturnColumn.init(rawValue:))))
        }.filter { seen.insert($0.description).inserted }
        return ImportFailure(file: failure.file, issues: issues, omittedCount: failure.omittedCount)
    }
}
