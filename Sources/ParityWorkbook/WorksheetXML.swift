import ParityCore

/// One worksheet part: frozen header rows, column widths, the cells row by row, and the
/// whole-number rule on the count ranges.
enum WorksheetXML {
    static func make(_ sheet: Worksheet, isFirst: Bool) -> String {
        var xml = SpreadsheetParts.declaration
            + #"<worksheet xmlns="\#(SpreadsheetParts.mainNamespace)" xmlns:r="\#(SpreadsheetParts.relationshipNamespace)">"#
        xml += #"<sheetViews><sheetView workbookViewId="0""# + (isFirst ? #" tabSelected="1""# : "") + ">"
        if sheet.frozenRows > 0 {
            xml += #"<pane ySplit="\#(sheet.frozenRows)" topLeftCell="A\#(sheet.frozenRows + 1)" activePane="bottomLeft" state="frozen"/>"#
        }
        xml += "</sheetView></sheetViews>"
        if !sheet.columnWidths.isEmpty {
            xml += "<cols>" + sheet.columnWidths.sorted { $0.key < $1.key }.map {
                #"<col min="\#($0.key)" max="\#($0.key)" width="\#($0.value)" customWidth="1"/>"#
            }.joined() + "</cols>"
        }
        xml += "<sheetData>"
        let rows = Dictionary(grouping: sheet.cells, by: \.key.row)
        for row in rows.keys.sorted() {
            xml += #"<row r="\#(row)">"#
            for (address, cell) in rows[row]!.sorted(by: { $0.key.column < $1.key.column }) {
                xml += self.cell(cell, at: address)
            }
            xml += "</row>"
        }
        xml += "</sheetData>"
        if !sheet.countRanges.isEmpty {
            xml += #"<dataValidations count="\#(sheet.countRanges.count)">"#
            for range in sheet.countRanges {
                xml += #"<dataValidation type="whole" operator="greaterThanOrEqual" allowBlank="1" showErrorMessage="1""#
                    + #" errorTitle="Not a count" error="Type a whole number of people, 0 or more, or leave the cell blank." sqref="\#(range)">"#
                    + "<formula1>0</formula1></dataValidation>"
            }
            xml += "</dataValidations>"
        }
        return xml + "</worksheet>"
    }

    private static func cell(_ cell: SheetCell, at address: CellAddress) -> String {
        let style = index(cell.style)
        let styleAttribute = style == 0 ? "" : #" s="\#(style)""#
        switch cell.value {
        case let .number(number) where number.isFinite:
            return #"<c r="\#(address)"\#(styleAttribute)><v>\#(SheetCell.Value.number(number).text)</v></c>"#
        case .number:
            return #"<c r="\#(address)"\#(styleAttribute)/>"#
        case let .text(text) where text.isEmpty:
            return #"<c r="\#(address)"\#(styleAttribute)/>"#
        case let .text(text):
            return #"<c r="\#(address)"\#(styleAttribute) t="inlineStr"><is><t xml:space="preserve">\#(XMLText.escaped(text))</t></is></c>"#
        }
    }

    private static func index(_ style: SheetCell.Style) -> Int {
        switch style {
        case .plain: SheetCellStyleIndex.plain.rawValue
        case .title: SheetCellStyleIndex.title.rawValue
        case .heading: SheetCellStyleIndex.heading.rawValue
        case .input: SheetCellStyleIndex.input.rawValue
        case .hint: SheetCellStyleIndex.hint.rawValue
        }
    }
}
