/// One problem found in an uploaded file, located as precisely as the problem allows, with a
/// message that says what was found and what was expected.
public struct ImportIssue: Sendable, Hashable, Error, CustomStringConvertible {
    /// The uploaded file's name, as the person chose it.
    public let file: String
    /// The 1-based line number (the header is row 1); `nil` for problems with the whole file.
    public let row: Int?
    /// The column's header name, when the problem is in one cell.
    public let column: String?
    public let kind: Kind
    public let message: String

    /// An issue in `file`, at 1-based `row` and header-named `column` when known.
    public init(file: String, row: Int?, column: String?, kind: Kind, message: String) {
        self.file = file
        self.row = row
        self.column = column
        self.kind = kind
        self.message = message
    }

    /// `FILE:ROW:COLUMN: message`, leaving out the parts that are not known, as compilers do.
    public var description: String {
        let location = [file, row.map(String.init), column].compactMap { $0 }.joined(separator: ":")
        return location + ": " + message
    }
}
