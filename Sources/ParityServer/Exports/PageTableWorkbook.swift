import ParityCore
import ParityWorkbook

/// Page tables as a workbook: one sheet per table ("Table 1"…), its caption on top, head rows
/// in bold, and figures written as numbers where the page shows a plain number ("1,234",
/// "0.84", "−2.0"), so they can be summed and charted; everything else stays text.
enum PageTableWorkbook {
    static func make(_ tables: [PageTable]) -> Workbook {
        Workbook(sheets: tables.enumerated().map { index, table in sheet(table, name: "Table \(index + 1)") })
    }

    private static func sheet(_ table: PageTable, name: String) -> Worksheet {
        var sheet = Worksheet(name: name)
        var row = 1
        if !table.caption.isEmpty {
            sheet.setRow(1, [.text(table.caption)], style: .heading)
            row = 3
        }
        for tableRow in table.rows {
            sheet.setRow(row, tableRow.cells.map(value), style: tableRow.isHeading ? .heading : .plain)
            row += 1
        }
        let columns = table.rows.map(\.cells.count).max() ?? 0
        for column in 0..<columns {
            let longest = table.rows.compactMap { $0.cells.indices.contains(column) ? $0.cells[column].count : nil }.max() ?? 0
            sheet.columnWidths[column + 1] = Double(min(max(longest + 2, 10), 60))
        }
        return sheet
    }

    /// A plain number as the page writes it: digits with "," between thousands, an optional
    /// decimal part, and "−" or "-" for negatives.
    static func value(_ text: String) -> SheetCell.Value {
        var digits = text.replacingOccurrences(of: ",", with: "")
        var sign = 1.0
        if let first = digits.first, first == "−" || first == "-" {
            sign = -1
            digits.removeFirst()
        }
        let parts = digits.split(separator: ".", omittingEmptySubsequences: false)
        guard !digits.isEmpty, parts.count <= 2, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCIIDigitCharacter) }),
              text.filter({ $0 == "," }).count == 0 || isGrouped(text), let number = Double(digits) else {
            return .text(text)
        }
        return .number(sign * number)
    }

    /// Whether the commas of a number group thousands ("1,234,567"), rather than list values ("1,2").
    private static func isGrouped(_ text: String) -> Bool {
        let whole = text.drop { $0 == "−" || $0 == "-" }.split(separator: ".").first ?? ""
        let groups = whole.split(separator: ",", omittingEmptySubsequences: false)
        return groups.first.map { (1...3).contains($0.count) } == true && groups.dropFirst().allSatisfy { $0.count == 3 }
    }
}

private extension Character {
    var isASCIIDigitCharacter: Bool { ("0"..."9").contains(self) }
}
