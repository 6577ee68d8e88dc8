extension DisclosurePolicy {
    /// The cells of a table after disclosure control (DOMAIN.md, disclosure control): counts
    /// from 1 to `smallCountMaximum` are hidden (primary suppression); then, until nothing
    /// changes, every row (when row totals are shown) and every column (when column totals
    /// are shown) that has exactly one hidden entry gets a second one, so that no shown total
    /// gives a hidden cell away (secondary suppression). The second entry is the smallest other
    /// non-zero shown cell of the line, else a zero cell, else (only for a one-cell line) the
    /// total. The table must be rectangular. Show totals from `discloseTable`, which carries
    /// the rare total this hides.
    public func suppressTable(_ table: [[Int]], rowTotalsShown: Bool = true, columnTotalsShown: Bool = true) -> [[DisclosedCount]] {
        discloseTable(table, rowTotalsShown: rowTotalsShown, columnTotalsShown: columnTotalsShown).cells
    }

    /// A table and its totals after primary and secondary suppression, by the rule of
    /// `suppressTable`. Totals are counts too: a total from 1 to `smallCountMaximum` is hidden,
    /// and the row of column totals and the column of row totals are lines whose total is the
    /// grand total. The grand total is present only when both kinds of total are shown.
    public func discloseTable(_ table: [[Int]], rowTotalsShown: Bool = true, columnTotalsShown: Bool = true) -> DisclosedTable {
        var suppression = TableSuppression(table: table, rowTotalsShown: rowTotalsShown, columnTotalsShown: columnTotalsShown)
        suppression.suppress(smallCountMaximum: smallCountMaximum)
        return suppression.disclosed
    }
}
