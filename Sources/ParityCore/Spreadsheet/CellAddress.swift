/// A cell of a worksheet by its row and column, both from 1, written in A1 notation
/// ("C7" is column 3, row 7) as spreadsheets and their users name cells.
public struct CellAddress: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The largest row and column a workbook may use (Excel's limits: 1,048,576 rows, XFD).
    public static let maximumRow = 1_048_576
    public static let maximumColumn = 16_384

    public let row: Int
    public let column: Int

    /// The cell at 1-based `row` and `column`; both must be within the sheet's limits.
    public init(row: Int, column: Int) {
        precondition((1...Self.maximumRow).contains(row) && (1...Self.maximumColumn).contains(column), "cell \(row),\(column) is outside a worksheet")
        self.row = row
        self.column = column
    }

    /// Reads A1 notation ("C7", "AA12", case-insensitive; no `$` anchors); `nil` when the text
    /// is not a cell inside the sheet's limits.
    public init?(_ a1: String) {
        var letters = 0
        var column = 0
        var row = 0
        var digits = 0
        for byte in a1.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"):
                guard digits == 0, letters < 3 else { return nil }
                column = column * 26 + Int((byte & 0xDF) - UInt8(ascii: "A")) + 1
                letters += 1
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                guard letters > 0, digits < 7 else { return nil }
                row = row * 10 + Int(byte - UInt8(ascii: "0"))
                digits += 1
            default:
                return nil
            }
        }
        guard digits > 0, (1...Self.maximumRow).contains(row), (1...Self.maximumColumn).contains(column) else { return nil }
        self.init(row: row, column: column)
    }

    /// The column's letters: 1 → "A", 27 → "AA".
    public static func columnName(_ column: Int) -> String {
        var name = ""
        var rest = column
        while rest > 0 {
            let index = (rest - 1) % 26
            name = String(UnicodeScalar(UInt8(ascii: "A") + UInt8(index))) + name
            rest = (rest - 1) / 26
        }
        return name
    }

    /// "C7".
    public var description: String { Self.columnName(column) + String(row) }

    /// Row by row, then column by column: the order a sheet is read in.
    public static func < (lhs: CellAddress, rhs: CellAddress) -> Bool {
        (lhs.row, lhs.column) < (rhs.row, rhs.column)
    }
}
