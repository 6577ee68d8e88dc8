/// What reading an extract found, for the summary a person reads after an import.
public struct ExtractStatistics: Sendable, Hashable {
    /// Data rows read (the header and blank lines not included).
    public var rows = 0
    /// Rows of bank staff, left out of every count.
    public var bankRows = 0
    /// People counted in post (indicator 1).
    public var people = 0
    /// Rows counted only as a board seat: non-executive members with no workforce or grade.
    public var boardOnlyRows = 0
    /// Header columns the extract has that Parity does not read.
    public var ignoredColumns: [String] = []

    public init() {}
}
