extension ReturnWorkbook {
    /// Returns the workbook of `standard` for `organisation` and `year`: the Instructions
    /// sheet, then a sheet per indicator with every measure and group of the CSV template
    /// (`ReturnTemplate`) and every count blank, so it imports as nothing until filled in.
    public static func template(standard: Standard, organisation: String, year: Int) -> Workbook {
        Workbook(sheets: [instructions(standard: standard, organisation: organisation, year: year)]
            + indicatorIDs(standard).map { indicatorSheet(standard: standard, id: $0) })
    }

    private static func instructions(standard: Standard, organisation: String, year: Int) -> Worksheet {
        var sheet = Worksheet(name: instructionsSheet, columnWidths: [1: 16, 2: 100])
        sheet.setRow(1, [.text("\(standard.rawValue) return workbook")], style: .title)
        sheet.setRow(3, [.text(organisationLabel)], style: .heading)
        sheet.setRow(3, from: 2, [.text(organisation)], style: .input)
        sheet.setRow(4, [.text(yearLabel)], style: .heading)
        sheet.setRow(4, from: 2, [.number(Double(year))], style: .input)
        sheet.setRow(5, [.text(standardLabel)], style: .heading)
        sheet.setRow(5, from: 2, [.text(standard.rawValue)])
        sheet.setRow(7, [.text("How to fill it in")], style: .heading)
        for (offset, line) in guidance(standard).enumerated() {
            sheet.setRow(8 + offset, [.text(line)])
        }
        return sheet
    }

    private static func guidance(_ standard: Standard) -> [String] {
        let unit = standard == .wres ? "indicator" : "metric"
        var lines = [
            "1. Type your organisation's ODS code and the year (the data is as at 31 March of that year) above. They apply to every sheet.",
            "2. Each \(unit) has its own sheet. Fill in the shaded cells: one count for each measure (a row) and group (a column).",
            "3. Leave a cell blank when you do not have the count: blank means \"not provided\" and is never read as zero. Type 0 for zero.",
            "4. Keep the sheet names, column A and the group names in the header row as they are: Parity reads them to know what each count is.",
            "5. Upload the workbook on Parity's Returns upload page, or run: parity import returns FILE.xlsx",
            "6. Nothing is saved unless every count is valid. Each problem is named by its sheet and cell, for example \(sheetName(standard, indicator: standard == .wres ? "2" : "3"))!C6.",
        ]
        switch standard {
        case .wres:
            lines.append("7. To count staff by race and disability together (indicators 1 to 4), add columns headed such as bme+disabled or white+non-disabled.")
        case .wdes:
            lines.append("7. Metric 9b: type 1 (yes) or 0 (no) in the Disabled column, and give the narrative in the upload form.")
        }
        return lines
    }

    private static func indicatorSheet(standard: Standard, id: String) -> Worksheet {
        let measures = measures(standard, indicator: id)
        let groups = standard.groups
        var sheet = Worksheet(name: sheetName(standard, indicator: id), columnWidths: [1: 38, 2: 52], frozenRows: headerRow)
        for column in groups.indices { sheet.columnWidths[firstGroupColumn + column] = 14 }
        sheet.setRow(1, [.text("\(sheetName(standard, indicator: id)): \(title(standard, indicator: id))")], style: .title)
        sheet.setRow(2, [.text("Counts of people for the organisation and year on the Instructions sheet. Blank means not provided.")], style: .hint)
        sheet.setRow(headerRow, [.text(measureHeading), .text(descriptionHeading)] + groups.map { .text($0.label) }, style: .heading)
        for (offset, measure) in measures.enumerated() {
            let row = headerRow + 1 + offset
            sheet.setRow(row, [.text(measure.name), .text(measure.description)])
            for (column, group) in groups.enumerated() where measure.groups.contains(group) {
                sheet.cells[CellAddress(row: row, column: firstGroupColumn + column)] = SheetCell(.text(""), style: .input)
            }
        }
        if !measures.isEmpty {
            sheet.countRanges = [CellRange(CellAddress(row: headerRow + 1, column: firstGroupColumn),
                                           CellAddress(row: headerRow + measures.count, column: firstGroupColumn + groups.count - 1))]
        }
        return sheet
    }

    /// The header row of an indicator sheet in the template (a filled one may move it down).
    static let headerRow = 4

    private static func title(_ standard: Standard, indicator id: String) -> String {
        switch standard {
        case .wres: WRESReading.title(indicator: Int(id) ?? 0)
        case .wdes: WDESMetric(rawValue: id).map(WDESReading.title(metric:)) ?? ""
        }
    }
}
