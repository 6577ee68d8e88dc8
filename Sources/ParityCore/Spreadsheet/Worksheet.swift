/// One sheet of a workbook, as plain values: only the cells that hold something, each with
/// how it is shown. The XLSX codec (`ParityWorkbook`) turns it into bytes and back; the core
/// builds and reads sheets without knowing the file format.
public struct Worksheet: Sendable, Hashable {
    /// The sheet's tab name (at most 31 characters, none of `[]:*?/\`).
    public var name: String
    public var cells: [CellAddress: SheetCell]
    /// Column widths in characters, by 1-based column; others keep the default width.
    public var columnWidths: [Int: Double]
    /// How many rows at the top stay in view while scrolling.
    public var frozenRows: Int
    /// Blocks of cells that only take whole numbers from 0, so a spreadsheet stops a typing
    /// slip before it reaches Parity (Parity checks every value again on import).
    public var countRanges: [CellRange]

    public init(name: String, cells: [CellAddress: SheetCell] = [:], columnWidths: [Int: Double] = [:],
                frozenRows: Int = 0, countRanges: [CellRange] = []) {
        self.name = name
        self.cells = cells
        self.columnWidths = columnWidths
        self.frozenRows = frozenRows
        self.countRanges = countRanges
    }

    /// The text of the cell at `address` as a person would type it back: numbers without a
    /// trailing ".0", "" for an empty cell.
    public func text(_ address: CellAddress) -> String {
        cells[address]?.value.text ?? ""
    }

    /// Puts `values` into the row, from `column` on, all in `style`.
    public mutating func setRow(_ row: Int, from column: Int = 1, _ values: [SheetCell.Value], style: SheetCell.Style = .plain) {
        for (offset, value) in values.enumerated() {
            cells[CellAddress(row: row, column: column + offset)] = SheetCell(value, style: style)
        }
    }

    /// The number of the last row holding a cell, 0 for an empty sheet.
    public var lastRow: Int { cells.keys.map(\.row).max() ?? 0 }
}

/// A rectangle of cells, "C5:E40".
public struct CellRange: Sendable, Hashable, CustomStringConvertible {
    public var first: CellAddress
    public var last: CellAddress

    public init(_ first: CellAddress, _ last: CellAddress) {
        self.first = first
        self.last = last
    }

    public var description: String { "\(first):\(last)" }
}

/// A workbook: its sheets, in tab order.
public struct Workbook: Sendable, Hashable {
    public var sheets: [Worksheet]

    public init(sheets: [Worksheet]) {
        self.sheets = sheets
    }

    /// The first sheet named `name`, compared without case (as spreadsheets compare them).
    public func sheet(named name: String) -> Worksheet? {
        sheets.first { $0.name.lowercased() == name.lowercased() }
    }
}
