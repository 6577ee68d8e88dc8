extension ReturnWorkbook {
    /// One filled count cell of a workbook, read as a row of the return file, with the cell
    /// each of the row's seven values came from.
    struct Record: Sendable {
        /// The row's cells in `ReturnColumn` order.
        var fields: [String]
        var locations: [ReturnColumn: WorkbookLocation]

        /// Where a problem with `column` is shown: that value's cell, or the count's cell for a
        /// problem with the whole row.
        func location(of column: ReturnColumn?) -> WorkbookLocation {
            locations[column ?? .count] ?? locations[.count]!
        }
    }

    /// The cells of the Instructions sheet that every record shares.
    private struct Header {
        var organisation: (text: String, location: WorkbookLocation)
        var year: (text: String, location: WorkbookLocation)
        var standard: Standard
        var standardLocation: WorkbookLocation
    }

    /// Reads the workbook's shape (its sheets, labels and header rows) and returns a record for
    /// every non-blank count cell, in sheet, row and column order; `nil` after reporting what
    /// stops the counts from being read, as a CSV upload stops at a wrong header. The
    /// organisation, year, standard and group headings are checked here, once each, by the
    /// same rules as the CSV's cells, so one mistake is reported at its own cell and not once
    /// for every count.
    static func records(in workbook: Workbook, rules: ReturnCellRules, issues: inout ImportIssueCollector) -> [Record]? {
        guard let header = header(of: workbook, rules: rules, issues: &issues) else { return nil }
        let standard = header.standard
        var sheets: [(sheet: Worksheet, id: String, headerRow: Int)] = []
        for sheet in workbook.sheets where sheet.name.lowercased() != instructionsSheet.lowercased() {
            guard let id = indicatorID(sheet.name, standard: standard) else {
                issues.add(.unknownSheet, at: WorkbookLocation(sheet: sheet.name),
                           "the sheet \(ImportText.found(sheet.name)) is not part of a \(standard.rawValue) return; expected \(instructionsSheet) and "
                               + "\(sheetName(standard, indicator: indicatorIDs(standard).first!)) to \(sheetName(standard, indicator: indicatorIDs(standard).last!)) "
                               + "(rename the sheet, or remove it)")
                continue
            }
            guard let headerRow = row(labelled: measureHeading, in: sheet) else {
                issues.add(.missingHeader, at: WorkbookLocation(sheet: sheet.name, cell: CellAddress(row: 1, column: 1)),
                           "no cell in column A reads '\(measureHeading)'; expected the header row \(measureHeading), \(descriptionHeading) and the group names above the measures (download the template again)")
                continue
            }
            checkGroupHeadings(sheet, headerRow: headerRow, standard: standard, rules: rules, issues: &issues)
            sheets.append((sheet, id, headerRow))
        }
        if sheets.isEmpty, issues.isEmpty {
            issues.add(.missingSheet, at: WorkbookLocation(sheet: instructionsSheet),
                       "the workbook has no \(standard == .wres ? "indicator" : "metric") sheets; expected \(sheetName(standard, indicator: indicatorIDs(standard).first!)) "
                           + "to \(sheetName(standard, indicator: indicatorIDs(standard).last!)) (download the template again)")
        }
        guard issues.isEmpty else { return nil }
        return sheets.flatMap { records(of: $0.sheet, indicator: $0.id, headerRow: $0.headerRow, header: header) }
    }

    private static func header(of workbook: Workbook, rules: ReturnCellRules, issues: inout ImportIssueCollector) -> Header? {
        guard let sheet = workbook.sheet(named: instructionsSheet) else {
            issues.add(.missingSheet, at: WorkbookLocation(sheet: instructionsSheet),
                       "the workbook has no '\(instructionsSheet)' sheet; expected the sheet that holds the organisation, year and standard (download the template again)")
            return nil
        }
        var values: [String: (text: String, location: WorkbookLocation)] = [:]
        for label in [organisationLabel, yearLabel, standardLabel] {
            guard let row = row(labelled: label, in: sheet) else {
                issues.add(.missingHeader, at: WorkbookLocation(sheet: sheet.name, cell: CellAddress(row: 1, column: 1)),
                           "no cell in column A reads '\(label)'; expected '\(label)' with its value in column B beside it (download the template again)")
                continue
            }
            let cell = CellAddress(row: row, column: 2)
            values[label] = (ImportText.trimmed(sheet.text(cell)), WorkbookLocation(sheet: sheet.name, cell: cell))
        }
        guard let organisation = values[organisationLabel], let year = values[yearLabel], let standardCell = values[standardLabel] else { return nil }
        var valid = true
        func check<Value>(_ result: Result<Value, ReturnCellProblem>, at location: WorkbookLocation) -> Value? {
            switch result {
            case let .success(value): return value
            case let .failure(problem):
                issues.add(problem.kind, at: location, column: problem.column, problem.message)
                valid = false
                return nil
            }
        }
        _ = check(rules.organisation(organisation.text), at: organisation.location)
        _ = check(rules.year(year.text), at: year.location)
        let standard = check(rules.standard(standardCell.text.uppercased()), at: standardCell.location)
        guard valid, let standard else { return nil }
        return Header(organisation: organisation, year: year, standard: standard, standardLocation: standardCell.location)
    }

    /// The id of the indicator a sheet is named after ("Indicator 2" → "2"), ignoring case.
    private static func indicatorID(_ name: String, standard: Standard) -> String? {
        let prefix = sheetPrefix(standard).lowercased()
        let lowered = ImportText.trimmed(name).lowercased()
        guard lowered.hasPrefix(prefix) else { return nil }
        let id = String(lowered.dropFirst(prefix.count))
        return indicatorIDs(standard).first { $0.lowercased() == id }
    }

    /// The first row, near the top, whose column A reads `label` (ignoring case and spaces).
    private static func row(labelled label: String, in sheet: Worksheet) -> Int? {
        (1...labelSearchRows).first { ImportText.trimmed(sheet.text(CellAddress(row: $0, column: 1))).lowercased() == label.lowercased() }
    }

    private static func checkGroupHeadings(_ sheet: Worksheet, headerRow: Int, standard: Standard, rules: ReturnCellRules,
                                           issues: inout ImportIssueCollector) {
        for (address, cell) in sheet.cells.sorted(by: { $0.key < $1.key })
        where address.row == headerRow && address.column >= firstGroupColumn {
            let text = ImportText.trimmed(cell.value.text).lowercased()
            guard !text.isEmpty else { continue }
            let problem: ReturnCellProblem? = switch standard {
            case .wres: if case let .failure(problem) = rules.wresGroup(text) { problem } else { nil }
            case .wdes: if case let .failure(problem) = rules.wdesGroup(text) { problem } else { nil }
            }
            if let problem {
                issues.add(problem.kind, at: WorkbookLocation(sheet: sheet.name, cell: address), column: .group, problem.message)
            }
        }
    }

    private static func records(of sheet: Worksheet, indicator: String, headerRow: Int, header: Header) -> [Record] {
        sheet.cells.keys.filter { $0.row > headerRow && $0.column >= firstGroupColumn }.sorted().compactMap { address in
            let count = ImportText.trimmed(sheet.text(address))
            guard !count.isEmpty else { return nil }
            let measureCell = CellAddress(row: address.row, column: 1)
            let groupCell = CellAddress(row: headerRow, column: address.column)
            return Record(
                fields: [header.organisation.text, header.year.text, header.standard.rawValue, indicator,
                         ImportText.trimmed(sheet.text(measureCell)), ImportText.trimmed(sheet.text(groupCell)).lowercased(), count],
                locations: [
                    .organisation: header.organisation.location, .year: header.year.location, .standard: header.standardLocation,
                    // The sheet names the indicator; a measure that does not belong to it is the measure cell's mistake.
                    .indicator: WorkbookLocation(sheet: sheet.name, cell: measureCell), .measure: WorkbookLocation(sheet: sheet.name, cell: measureCell),
                    .group: WorkbookLocation(sheet: sheet.name, cell: groupCell), .count: WorkbookLocation(sheet: sheet.name, cell: address),
                ]
            )
        }
    }
}
