/// Reads an uploaded WRES return file (UTF-8 CSV with the header
/// `organisation,year,standard,indicator,measure,group,count`) and checks every row against
/// the return file contract and against the other rows of the file.
///
/// All or nothing: either every row is valid and all are returned, or nothing is and the
/// failure lists every problem found (up to `ImportLimits.maximumIssues`, the rest counted).
public struct ReturnFileParser: Sendable {
    public let limits: ImportLimits

    /// A parser refusing files beyond `limits`.
    public init(limits: ImportLimits = .standard) {
        self.limits = limits
    }

    /// Returns the rows that carry a count, in file order, or the failure listing the file's
    /// problems. A blank `count` cell means "not provided": that row is left out, never read as
    /// zero (the downloadable template lists every measure with blank counts). Rows whose every
    /// cell is blank, and blank cells after the seventh, are ignored.
    public func parse(_ bytes: [UInt8], fileName: String, context: ReturnValidationContext) -> Result<[ReturnRow], ImportFailure> {
        var issues = ImportIssueCollector(file: fileName, limit: limits.maximumIssues)
        if let (kind, message) = wholeFileProblem(bytes) {
            issues.add(kind, row: nil, message)
            return .failure(issues.failure)
        }
        let rules = ReturnCellRules(context: context, limits: limits)
        var rows: [LocatedReturnRow] = []
        var firstRows: [ReturnRowIdentity: Int] = [:]
        var hasHeader = false
        for entry in CSVReader(bytes) {
            let record: CSVRecord
            switch entry {
            case let .success(value):
                record = value
            case let .failure(error):
                issues.add(error.issueKind, row: error.row, column: ReturnColumn.at(error.field)?.rawValue, error.issueMessage)
                // Without a readable header the file's shape is unknown, so nothing after it can be judged.
                if !hasHeader { return .failure(issues.failure) }
                continue
            }
            let fields = Self.withoutTrailingBlankCells(record.fields)
            if fields.allSatisfy(ImportText.isBlank) { continue }
            if !hasHeader {
                hasHeader = true
                switch ReturnHeaderCheck(fields) {
                case .valid:
                    continue
                case let .missing(message):
                    issues.add(.missingHeader, row: record.row, message)
                case let .wrong(message):
                    issues.add(.wrongHeader, row: record.row, message)
                    return .failure(issues.failure)
                }
            }
            guard let row = validRow(fields, at: record.row, rules: rules, issues: &issues) else { continue }
            let identity = ReturnRowIdentity(row)
            if let firstRow = firstRows[identity] {
                issues.add(.duplicateRow, row: record.row, Self.duplicateMessage(row, firstRow: firstRow))
                continue
            }
            firstRows[identity] = record.row
            rows.append(LocatedReturnRow(row: record.row, value: row))
        }
        if !hasHeader {
            issues.add(.emptyFile, row: nil, "the file has no rows; expected the header \(ReturnColumn.headerLine) followed by one row per count")
            return .failure(issues.failure)
        }
        Self.checkAcrossRows(rows, issues: &issues)
        return issues.isEmpty ? .success(rows.map(\.value)) : .failure(issues.failure)
    }

    /// Problems found without reading the file, checked first so that a huge or binary upload
    /// costs nothing to refuse.
    private func wholeFileProblem(_ bytes: [UInt8]) -> (ImportIssue.Kind, String)? {
        if bytes.count > limits.maximumBytes {
            return (.fileTooLarge, "the file is \(ImportText.size(bytes.count)); expected at most \(ImportText.size(limits.maximumBytes)) (split the return into several files)")
        }
        if bytes.isEmpty {
            return (.emptyFile, "the file is empty; expected the header \(ReturnColumn.headerLine) followed by one row per count")
        }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            return (.invalidEncoding, "the file is UTF-16 text; expected UTF-8 (save it as \"CSV UTF-8\")")
        }
        return nil
    }

    /// Checks every cell of a data row and reports each problem; returns the row when all cells
    /// are valid and the count is given.
    private func validRow(_ fields: [String], at row: Int, rules: ReturnCellRules, issues: inout ImportIssueCollector) -> ReturnRow? {
        let columns = ReturnColumn.allCases
        guard fields.count == columns.count else {
            let hint = fields.count > columns.count ? " (a value holding a comma must be in double quotes)" : ""
            issues.add(.wrongColumnCount, row: row,
                       "the row has \(fields.count) cells; expected \(columns.count): \(ReturnColumn.headerLine)\(hint)")
            return nil
        }
        let cells = fields.map(ImportText.trimmed)
        var problems: [ReturnCellProblem] = []
        func accept<Value>(_ result: Result<Value, ReturnCellProblem>) -> Value? {
            switch result {
            case let .success(value): return value
            case let .failure(problem): problems.append(problem); return nil
            }
        }
        let organisation = accept(rules.organisation(cells[0]))
        let year = accept(rules.year(cells[1]))
        let standard = accept(rules.standard(cells[2]))
        let indicator = accept(rules.indicator(cells[3]))
        let measure = accept(rules.measure(cells[4]))
        if standard == .wres, let indicator, let measure, let problem = rules.measure(measure, fits: indicator) {
            problems.append(problem)
        }
        // A row naming another standard is already refused; judge its group by its own standard
        // so that one mistake is not reported twice.
        let group = accept(rules.group(cells[5], standard: Standard(rawValue: cells[2]) ?? .wres))
        let count = accept(rules.count(cells[6]))
        for problem in problems {
            issues.add(problem.kind, row: row, column: problem.column.rawValue, problem.message)
        }
        guard let organisation, let year, let standard, let indicator, let measure, let group, let count = count ?? nil else {
            return nil
        }
        return ReturnRow(organisation: organisation, year: year, standard: standard, indicator: indicator,
                         measure: measure, group: group, count: count)
    }

    private static func duplicateMessage(_ row: ReturnRow, firstRow: Int) -> String {
        let cells = [row.organisation, String(row.year), row.standard.rawValue, String(row.indicator), row.measure.rawValue, row.group.rawValue]
        return "this row repeats row \(firstRow): the same organisation, year, standard, indicator, measure and group ("
            + cells.joined(separator: ", ") + "); expected each count once per return"
    }

    /// Spreadsheets often write empty cells past the last column; they carry nothing.
    private static func withoutTrailingBlankCells(_ fields: [String]) -> [String] {
        var fields = fields
        while fields.count > ReturnColumn.allCases.count, let last = fields.last, ImportText.isBlank(last) {
            fields.removeLast()
        }
        return fields
    }
}
