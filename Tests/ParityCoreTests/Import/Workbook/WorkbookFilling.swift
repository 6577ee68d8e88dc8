import ParityCore

/// Fills a return workbook as a person would: finds each count's cell by the measure in
/// column A and the group in the header row, and types the count there.
enum WorkbookFilling {
    static let headerRow = 4

    static func cell(in sheet: Worksheet, measure: String, group: String) -> CellAddress? {
        let row = (headerRow + 1...sheet.lastRow).first { sheet.text(CellAddress(row: $0, column: 1)) == measure }
        let column = (3...10).first { sheet.text(CellAddress(row: headerRow, column: $0)).lowercased() == group }
        guard let row, let column else { return nil }
        return CellAddress(row: row, column: column)
    }

    /// Sets `value` at the count of `measure` and `group` on the sheet named `sheetName`.
    static func set(_ workbook: inout Workbook, sheet sheetName: String, measure: String, group: String, _ value: SheetCell.Value) {
        let index = workbook.sheets.firstIndex { $0.name == sheetName }!
        let address = cell(in: workbook.sheets[index], measure: measure, group: group)!
        workbook.sheets[index].cells[address] = SheetCell(value)
    }

    static func filled(_ workbook: Workbook, wres rows: [ReturnRow]) -> Workbook {
        var workbook = workbook
        for row in rows {
            set(&workbook, sheet: "Indicator \(row.indicator)", measure: row.measure.rawValue, group: row.group.rawValue, .number(Double(row.count)))
        }
        return workbook
    }

    static func filled(_ workbook: Workbook, wdes rows: [WDESReturnRow]) -> Workbook {
        var workbook = workbook
        for row in rows {
            set(&workbook, sheet: "Metric \(row.metric.rawValue)", measure: row.measure.rawValue, group: row.group.rawValue, .number(Double(row.count)))
        }
        return workbook
    }

    static func setInstructions(_ workbook: inout Workbook, row: Int, _ value: SheetCell.Value) {
        workbook.sheets[0].cells[CellAddress(row: row, column: 2)] = SheetCell(value)
    }
}
