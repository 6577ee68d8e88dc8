/// Where in a workbook something is: a sheet, or one cell of it. Written as spreadsheets
/// write references, "Indicator 2!C7", or the sheet's name alone.
public struct WorkbookLocation: Sendable, Hashable, CustomStringConvertible {
    public var sheet: String
    public var cell: CellAddress?

    public init(sheet: String, cell: CellAddress? = nil) {
        self.sheet = sheet
        self.cell = cell
    }

    public var description: String { cell.map { "\(sheet)!\($0)" } ?? sheet }
}
