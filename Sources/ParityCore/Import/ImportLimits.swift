/// The bounds an upload must stay within. One policy value each, so they are changed in one place.
public struct ImportLimits: Sendable, Hashable {
    /// The largest file accepted, in bytes; checked before anything is parsed.
    public var maximumBytes: Int
    /// How many issues a failure lists; the rest are only counted.
    public var maximumIssues: Int
    /// The largest count a cell may hold; anything above is taken to be a mistake.
    public var maximumCount: Int
    /// The most cells of one row that are read. A return row has 7; blank cells past this are
    /// dropped and a non-blank one refuses the row, so that a hostile line of a million
    /// commas cannot hold a million cells in memory (issue 12).
    public var maximumCells: Int

    /// Limits in bytes, issues, people and cells; the defaults are `standard`.
    public init(maximumBytes: Int = 20 * 1024 * 1024, maximumIssues: Int = 100, maximumCount: Int = 10_000_000,
                maximumCells: Int = 100) {
        self.maximumBytes = maximumBytes
        self.maximumIssues = maximumIssues
        self.maximumCount = maximumCount
        self.maximumCells = maximumCells
    }

    /// 20 MiB, 100 issues, counts up to 10,000,000, 100 cells a row.
    public static let standard = ImportLimits()
}
