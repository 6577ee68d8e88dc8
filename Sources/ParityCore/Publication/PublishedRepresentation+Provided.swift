extension PublishedRepresentation {
    /// False when no return pooled here has indicator 1 rows: "not provided", which is never
    /// a workforce of 0 (DOMAIN.md, Pooling with partial returns; issue 19: a file of
    /// indicator 2 rows alone showed a total of 0).
    public var isProvided: Bool { !rows.isEmpty }
}
