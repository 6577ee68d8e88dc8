/// One record of a CSV file: its cells, and the line it starts on so that people can find it.
public struct CSVRecord: Sendable, Hashable {
    /// The 1-based line number where the record starts (the first line of the file is 1).
    public let row: Int
    /// The record's cells, unquoted, in file order.
    public let fields: [String]

    /// A record of `fields` starting on line `row` (1-based).
    public init(row: Int, fields: [String]) {
        self.row = row
        self.fields = fields
    }
}
