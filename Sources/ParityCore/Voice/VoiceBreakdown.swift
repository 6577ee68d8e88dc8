/// A table of staff voice counts (theme × organisation, theme × demographic, …) with each
/// row's total, as it may be shown outside the owning organisation (DOMAIN.md, Disclosure
/// control; issue 6: every breakdown obeys the minimum).
///
/// The rule:
/// 1. Primary: every cell and row total below the minimum shows "fewer than 10".
/// 2. Secondary: a row whose total is shown is an equation, hidden cells = total − shown
///    cells. A reader who knows the rule knows each "fewer than 10" cell is 0…9 and each
///    withheld cell is at least 10; while some hidden cell's value is the only one those
///    bounds allow (one hidden cell alone; two hidden cells summing to 0; 9 + 9 = 18; a 0
///    beside a withheld 10), the smallest shown cell of the row (the first on a tie) is
///    withheld, or, when no cell is left shown, the total is withheld.
/// A row's feasible values for one hidden cell form a whole interval, so "only one value
/// allowed" is exactly "recoverable", and the rule leaves no hidden cell recoverable from its
/// row. Column totals are not given: pages must not show them beside this table.
public struct VoiceBreakdown: Sendable, Hashable, Codable {
    public let rows: [String]
    public let columns: [String]
    /// `cells[row][column]`.
    public let cells: [[VoiceCount]]
    public let rowTotals: [VoiceCount]

    /// A table whose counts are disclosed already (`VoicePublication`).
    public init(rows: [String], columns: [String], cells: [[VoiceCount]], rowTotals: [VoiceCount]) {
        self.rows = rows
        self.columns = columns
        self.cells = cells
        self.rowTotals = rowTotals
    }

    /// The disclosed table of `counts[row][column]` (one array per row, one count per
    /// column, never negative) with the rule above applied against `minimum`.
    public static func make(rows: [String], columns: [String], counts: [[Int]], minimum: Int = VoiceDisclosure.minimumContributions) -> VoiceBreakdown {
        precondition(counts.count == rows.count && counts.allSatisfy { $0.count == columns.count }, "one count per row and column")
        let disclosed = counts.map { RowSuppression(counts: $0, minimum: minimum) }
        return VoiceBreakdown(rows: rows, columns: columns, cells: disclosed.map(\.cells), rowTotals: disclosed.map(\.total))
    }
}

/// One row of a `VoiceBreakdown` under its disclosure rule.
private struct RowSuppression {
    private(set) var cells: [VoiceCount]
    private(set) var total: VoiceCount

    init(counts: [Int], minimum: Int) {
        cells = counts.map { VoiceCount.disclose($0, minimum: minimum) }
        let sum = counts.reduce(0, +)
        total = VoiceCount.disclose(sum, minimum: minimum)
        guard total != .fewerThanMinimum else { return }
        while VoiceCount.hasRecoverablePart(cells, sum: sum, minimum: minimum) {
            let shown = cells.indices.filter { cells[$0].value != nil }
            guard let smallest = shown.min(by: { counts[$0] < counts[$1] }) else {
                total = .withheld
                return
            }
            cells[smallest] = .withheld
        }
    }
}

extension VoiceCount {
    /// True when some hidden part of `sum` (shown) has exactly one value consistent with the
    /// shown parts and the bounds a reader knows: 0…minimum−1 for "fewer than", minimum…sum
    /// for withheld.
    static func hasRecoverablePart(_ cells: [VoiceCount], sum: Int, minimum: Int) -> Bool {
        let hidden = cells.indices.filter { cells[$0].value == nil }
        guard !hidden.isEmpty else { return false }
        let hiddenSum = sum - cells.compactMap(\.value).reduce(0, +)
        let bounds = hidden.map { cells[$0] == .withheld ? (low: minimum, high: sum) : (low: 0, high: minimum - 1) }
        let lowSum = bounds.map(\.low).reduce(0, +)
        let highSum = bounds.map(\.high).reduce(0, +)
        return bounds.contains { bound in
            let low = max(bound.low, hiddenSum - (highSum - bound.high))
            let high = min(bound.high, hiddenSum - (lowSum - bound.low))
            return low == high
        }
    }
}
