/// Reads an uploaded return file (UTF-8 CSV with the header
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

    /// Returns the file's WRES, WDES and race × disability rows that carry a count, each kind in
    /// file order, with the returns they touch; or the failure listing the file's problems
    /// (issue 8: one return file for both standards). A blank `count` cell means "not
    /// provided": that row is left out, never read as zero (the downloadable templates list
    /// every measure with blank counts). Rows whose every cell is blank, and blank cells after
    /// the seventh, are ignored.
    public func parseFile(_ bytes: [UInt8], fileName: String, context: ReturnValidationContext) -> Result<ParsedReturnFile, ImportFailure> {
        parse(bytes, fileName: fileName, rules: ReturnCellRules(context: context, limits: limits))
    }

    private func parse(_ bytes: [UInt8], fileName: String, rules: ReturnCellRules) -> Result<ParsedReturnFile, ImportFailure> {
        var issues = ImportIssueCollector(file: fileName, limit: limits.maximumIssues)
        if let (kind, row, message) = wholeFileProblem(bytes) {
            issues.add(kind, row: row, message)
            return .failure(issues.failure)
        }
        var rows = RowsRead()
        var hasHeader = false
        for entry in CSVReader(bytes, maximumFields: limits.maximumCells) {
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
            rows.read(fields, at: record.row, rules: rules, issues: &issues)
        }
        if !hasHeader {
            issues.add(.emptyFile, row: nil, "the file has no rows; expected the header \(ReturnColumn.headerLine) followed by one row per count")
            return .failure(issues.failure)
        }
        return rows.finish(issues: &issues)
    }

    /// Problems found before reading the file as CSV, checked first so that a huge or binary
    /// upload costs at most one scan to refuse; the row is the line of a NUL byte.
    private func wholeFileProblem(_ bytes: [UInt8]) -> (ImportIssue.Kind, Int?, String)? {
        if bytes.count > limits.maximumBytes {
            return (.fileTooLarge, nil, "the file is \(ImportText.size(bytes.count)); expected at most \(ImportText.size(limits.maximumBytes)) (split the return into several files)")
        }
        if bytes.isEmpty {
            return (.emptyFile, nil, "the file is empty; expected the header \(ReturnColumn.headerLine) followed by one row per count")
        }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            return (.invalidEncoding, nil, "the file is UTF-16 text; expected UTF-8 (save it as \"CSV UTF-8\")")
        }
        if WorkbookSignature.matches(bytes) {
            return (.invalidEncoding, nil, "the file is a spreadsheet workbook (.xlsx, .xls or .ods), not CSV text; expected a CSV file or the return workbook "
                + "as .xlsx (in Excel, save it as \"CSV UTF-8\" or \"Excel Workbook\")")
        }
        // Text never holds NUL; UTF-16 without a byte order mark and binary files are full of it.
        if let nul = bytes.firstIndex(of: 0) {
            let line = bytes.indices[..<nul].reduce(1) { line, index in
                // Line breaks as `CSVReader` counts them: LF, CRLF or a lone CR.
                bytes[index] == 0x0A || (bytes[index] == 0x0D && bytes[index + 1] != 0x0A) ? line + 1 : line
            }
            return (.invalidEncoding, line, "the file holds NUL bytes, which CSV text never does: it is UTF-16 text or a binary file; "
                + "expected UTF-8 text (save it as \"CSV UTF-8\")")
        }
        return nil
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
