/// Reads a population reference file: UTF-8 CSV (RFC 4180 quotes, optional byte order mark,
/// CRLF or LF) with the header `area_code,area_name,group,count,source` and one row per area
/// and group.
public enum PopulationFile {
    static let columns = ["area_code", "area_name", "group", "count", "source"]

    /// The file's records in file order, or every problem found (`messages`), each as
    /// "FILE:ROW:COLUMN: message" (ROW counts lines from 1, the header's; COLUMN is the
    /// header's name for the cell, left out for problems with a whole row or file).
    /// All or nothing: one problem and no record is returned.
    public static func parse(csv: String, fileName: String) -> Result<[PopulationRecord], PopulationFileProblems> {
        var problems = PopulationFileProblems(file: fileName)
        var records: [PopulationRecord] = []
        var firstRows: [PopulationKey: Int] = [:]
        var names: [String: (name: String, row: Int)] = [:]
        var hasHeader = false
        var rowCount = 0
        for entry in CSVReader(Array(csv.utf8)) {
            let record: CSVRecord
            switch entry {
            case let .success(value):
                record = value
            case let .failure(error):
                problems.add(row: error.row, column: columns.indices.contains(error.field) ? columns[error.field] : nil, error.issueMessage)
                if !hasHeader { return .failure(problems) }
                rowCount += 1
                continue
            }
            let fields = withoutTrailingBlankCells(record.fields).map(ImportText.trimmed)
            if fields.allSatisfy(\.isEmpty) { continue }
            guard hasHeader else {
                hasHeader = true
                if fields.map({ $0.lowercased() }) != columns {
                    problems.add(row: record.row, column: nil, "the header is \(ImportText.found(fields.joined(separator: ","), maximumLength: 80)); expected \(columns.joined(separator: ","))")
                    return .failure(problems)
                }
                continue
            }
            rowCount += 1
            guard fields.count == columns.count else {
                problems.add(row: record.row, column: nil, "the row has \(fields.count) cells; expected \(columns.count) (\(columns.joined(separator: ",")))")
                continue
            }
            guard let parsed = row(fields, at: record.row, problems: &problems) else { continue }
            if let known = names[parsed.areaCode], known.name != parsed.areaName {
                problems.add(row: record.row, column: "area_name", "area \(parsed.areaCode) is named \(ImportText.found(known.name)) on row \(known.row) and \(ImportText.found(parsed.areaName)) here; expected one name per area")
            } else if names[parsed.areaCode] == nil {
                names[parsed.areaCode] = (parsed.areaName, record.row)
            }
            guard let group = parsed.group, let count = parsed.count, let source = parsed.source else { continue }
            let key = PopulationKey(areaCode: parsed.areaCode, group: group)
            if let firstRow = firstRows[key] {
                problems.add(row: record.row, column: "group", "area \(parsed.areaCode) already has a \(group.rawValue) row on row \(firstRow); expected one row per area and group")
                continue
            }
            firstRows[key] = record.row
            records.append(PopulationRecord(areaCode: parsed.areaCode, areaName: parsed.areaName, group: group, count: count, source: source))
        }
        if !hasHeader {
            problems.add(row: nil, column: nil, "the file is empty; expected the header \(columns.joined(separator: ",")) followed by one row per area and group")
        } else if rowCount == 0 {
            problems.add(row: nil, column: nil, "the file has a header but no rows; expected one row per area and group")
        }
        return problems.isEmpty ? .success(records) : .failure(problems)
    }

    private struct PopulationKey: Hashable {
        var areaCode: String
        var group: PopulationGroupCode
    }

    /// A row's cells, each `nil` when it was reported as a problem. Area code and name are
    /// kept when present so that the name check runs even when another cell is wrong.
    private struct ParsedRow {
        var areaCode: String
        var areaName: String
        var group: PopulationGroupCode?
        var count: Int?
        var source: String?
    }

    private static func row(_ fields: [String], at row: Int, problems: inout PopulationFileProblems) -> ParsedRow? {
        let (code, name, groupText, countText, source) = (fields[0], fields[1], fields[2], fields[3], fields[4])
        if code.isEmpty { problems.add(row: row, column: "area_code", "the area code is blank; expected the area's code (e.g. an ONS local authority code)") }
        if name.isEmpty { problems.add(row: row, column: "area_name", "the area name is blank; expected the area's name") }
        let group = PopulationGroupCode(rawValue: groupText)
        if group == nil {
            let expected = ImportText.list(PopulationGroupCode.allCases.map(\.rawValue))
            problems.add(row: row, column: "group", "the group is \(ImportText.found(groupText)); expected exactly \(expected)")
        }
        let count = Self.count(countText, at: row, problems: &problems)
        if source.isEmpty { problems.add(row: row, column: "source", "the source is blank; expected where the figure comes from (e.g. Census 2021)") }
        guard !code.isEmpty, !name.isEmpty else { return nil }
        return ParsedRow(areaCode: code, areaName: name, group: group, count: count, source: source.isEmpty ? nil : source)
    }

    private static func count(_ text: String, at row: Int, problems: inout PopulationFileProblems) -> Int? {
        if ImportText.isDigits(text) {
            if let value = Int(text) { return value }
            problems.add(row: row, column: "count", "the count \(ImportText.found(text)) is too large; expected a whole number of residents")
        } else if text.hasPrefix("-"), ImportText.isDigits(text.dropFirst()) {
            problems.add(row: row, column: "count", "the count is negative (\(text)); expected a whole number of residents, 0 or more")
        } else {
            problems.add(row: row, column: "count", "the count is \(ImportText.found(text)); expected a whole number of residents, without separators or decimals")
        }
        return nil
    }

    /// Spreadsheets often save empty cells after the last column; those are not extra columns.
    private static func withoutTrailingBlankCells(_ fields: [String]) -> [String] {
        var fields = fields
        while fields.count > columns.count, let last = fields.last, ImportText.isBlank(last) { fields.removeLast() }
        return fields
    }
}
