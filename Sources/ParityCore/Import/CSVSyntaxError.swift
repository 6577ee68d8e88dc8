/// A record that could not be read as CSV text. The reader reports it and carries on with
/// the next line, so one bad record does not hide the problems after it.
public struct CSVSyntaxError: Error, Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        /// The record holds bytes that are not UTF-8 text.
        case invalidUTF8
        /// A quoted cell is never closed; the rest of the file was swallowed by it.
        case unterminatedQuote
        /// A cell that does not start with a quote contains one (RFC 4180, section 2.5).
        case quoteInUnquotedField
        /// A quoted cell's closing quote is followed by something other than a comma or line end.
        case textAfterClosingQuote
        /// A cell past the reader's `maximumFields` is not blank; `field` is that limit.
        case tooManyFields
    }

    public let kind: Kind
    /// The 1-based line number where the problem is.
    public let row: Int
    /// The 0-based position of the cell in its record.
    public let field: Int

    /// An error of `kind` on line `row` (1-based), in the cell at 0-based position `field`.
    public init(kind: Kind, row: Int, field: Int) {
        self.kind = kind
        self.row = row
        self.field = field
    }
}
