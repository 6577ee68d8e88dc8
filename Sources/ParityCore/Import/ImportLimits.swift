/// The bounds an upload must stay within. One policy value each, so they are changed in one place.
public struct ImportLimits: Sendable, Hashable {
    /// The largest file accepted, in bytes; checked before anything is parsed.
    public var maximumBytes: Int
    /// How many issues a failure lists; the rest are only counted.
    public var maximumIssues: Int
    /// The largest count a cell may hold; anything above is taken to be a mistake.
    public var maximumCount: Int

    /// Limits in bytes, issues and people; the defaults are `standard`.
    public init(maximumBytes: Int = 20 * 1024 * 1024, maximumIssues: Int = 100, maximumCount: Int = 10_000_000) {
        self.maximumBytes = maximumBytes
        self.maximumIssues = maximumIssues
        self.maximumCount = maximumCount
    }

    /// 20 MiB, 100 issues, counts up to 10,000,000.
    public static let standard = ImportLimits()
}
