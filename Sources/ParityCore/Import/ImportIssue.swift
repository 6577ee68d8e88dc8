/// One problem found in an uploaded file, located as precisely as the problem allows, with a
/// message that says what was found and what was expected.
public struct ImportIssue: Sendable, Hashable, Error, CustomStringConvertible {
    /// The uploaded file's name, as the person chose it.
    public let file: String
    /// The 1-based line number (the header is row 1); `nil` for problems with the whole file.
    public let row: Int?
    /// The column's header name, when the problem is in one cell.
    public let column: String?
    /// The sheet and cell of a workbook upload (where `row` is `nil`): "Indicator 2!C7".
    public let location: WorkbookLocation?
    public let kind: Kind
    public let message: String

    /// An issue in `file`, at 1-based `row` and header-named `column` when known, or at a
    /// workbook `location`.
    public init(file: String, row: Int?, column: String?, kind: Kind, message: String, location: WorkbookLocation? = nil) {
        self.file = file
        self.row = row
        self.column = column
        self.kind = kind
        self.message = message
        self.location = location
    }

    /// `FILE:ROW:COLUMN: message` (or `FILE:SHEET!CELL: message` for a workbook), leaving out
    /// the parts that are not known, as compilers do.
    public var description: String {
        let place = location.map { [file, $0.description] } ?? [file, row.map(String.init), column].compactMap { $0 }
        return place.joined(separator: ":") + ": " + message
    }

    /// The same issue placed at a workbook `location` instead of a row of the CSV it was read as.
    func placed(at location: WorkbookLocation) -> ImportIssue {
        ImportIssue(file: file, row: nil, column: column, kind: kind, message: message, location: location)
    }
}
