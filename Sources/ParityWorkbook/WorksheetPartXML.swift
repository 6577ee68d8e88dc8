import Foundation
import ParityCore

/// Reads a worksheet part's cells: numbers as numbers, every kind of text (shared, inline,
/// formula results, booleans, error values such as `#DIV/0!`) as text. A formula without a
/// saved result is kept as its formula text, so that it is reported rather than read as blank.
enum WorksheetPartXML {
    static func cells(_ data: Data, part: String, sharedStrings: [String], cellsLeft: inout Int) throws(XLSXReader.Failure) -> [CellAddress: SheetCell] {
        let events = XMLEvents()
        var cells: [CellAddress: SheetCell] = [:]
        var row = 0
        var nextColumn = 1
        var address: CellAddress?
        var type = ""
        var value = ""
        var formula = ""
        var inline = ""
        var reading: String?
        var inInlineString = false
        var left = cellsLeft
        events.onStart = { name, attributes in
            switch name {
            case "row":
                row = attributes["r"].flatMap(Int.init) ?? row + 1
                nextColumn = 1
            case "c":
                if let reference = attributes["r"] {
                    guard let parsed = CellAddress(reference) else {
                        events.stop(.unreadable("the workbook part \(part) names a cell '\(String(reference.prefix(20)))' that is not a cell reference; the file is damaged"))
                        return
                    }
                    address = parsed
                } else if (1...CellAddress.maximumRow).contains(row), nextColumn <= CellAddress.maximumColumn {
                    address = CellAddress(row: row, column: nextColumn)
                } else {
                    events.stop(.unreadable("the workbook part \(part) has a cell outside the sheet; the file is damaged"))
                    return
                }
                type = attributes["t"] ?? "n"
                value = ""
                formula = ""
                inline = ""
            case "v", "f":
                reading = name
            case "is":
                inInlineString = true
            case "t" where inInlineString:
                reading = "t"
            default:
                break
            }
        }
        events.onText = { text in
            switch reading {
            case "v": value += text
            case "f": formula += text
            case "t": inline += text
            default: break
            }
        }
        events.onEnd = { name in
            switch name {
            case "v", "f", "t":
                reading = nil
            case "is":
                inInlineString = false
            case "c":
                guard let cellAddress = address else { return }
                nextColumn = cellAddress.column + 1
                address = nil
                guard let content = content(type: type, value: value, formula: formula, inline: inline, sharedStrings: sharedStrings) else {
                    events.stop(.unreadable("the cell \(cellAddress) of the workbook part \(part) refers to a shared string that does not exist; the file is damaged"))
                    return
                }
                if case let .text(text) = content, text.isEmpty { return }
                left -= 1
                if left < 0 {
                    events.stop(.tooLarge("the workbook holds more cells than a return workbook could; the file was not read"))
                    return
                }
                cells[cellAddress] = SheetCell(content)
            default:
                break
            }
        }
        try events.walk(data, part: part)
        cellsLeft = left
        return cells
    }

    /// The cell's content by its type attribute; nil for a shared string index out of range.
    private static func content(type: String, value: String, formula: String, inline: String, sharedStrings: [String]) -> SheetCell.Value? {
        if value.isEmpty, inline.isEmpty { return .text(formula.isEmpty ? "" : "=" + formula) }
        switch type {
        case "s":
            guard let index = Int(value.trimmingCharacters(in: .whitespaces)) else { return value.isEmpty ? .text("") : nil }
            return sharedStrings.indices.contains(index) ? .text(sharedStrings[index]) : nil
        case "inlineStr":
            return .text(inline)
        case "b":
            return .text(value == "1" ? "TRUE" : "FALSE")
        case "str", "e":
            return .text(value)
        default:
            let trimmed = value.trimmingCharacters(in: .whitespaces)
            if let number = Double(trimmed), number.isFinite { return .number(number) }
            return .text(value)
        }
    }
}
