/// A table of counts after primary and secondary suppression, with the totals that may be
/// shown beside it. A total is hidden when it is itself a small count, or as a last resort
/// when no cell of its line could be hidden instead.
public struct DisclosedTable: Sendable, Hashable, Codable {
    /// The cells, row by row, in the order given.
    public var cells: [[DisclosedCount]]
    /// One total per row; `nil` when row totals are not shown.
    public var rowTotals: [DisclosedCount]?
    /// One total per column; `nil` when column totals are not shown.
    public var columnTotals: [DisclosedCount]?
    /// The grand total; shown only beside both row and column totals.
    public var grandTotal: DisclosedCount?

    public init(cells: [[DisclosedCount]], rowTotals: [DisclosedCount]?, columnTotals: [DisclosedCount]?, grandTotal: DisclosedCount?) {
        self.cells = cells
        self.rowTotals = rowTotals
        self.columnTotals = columnTotals
        self.grandTotal = grandTotal
    }
}
