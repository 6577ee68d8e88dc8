/// The working state of cell suppression over a table extended by its shown totals. Each line
/// (a row or column with a shown total, and the lines of totals themselves) is one equation
/// "members add up to total"; an equation with exactly one hidden entry would give it away.
struct TableSuppression {
    private struct Position: Hashable {
        var row: Int
        var column: Int
    }

    private struct Line {
        var members: [Position]
        var total: Position
        var entries: [Position] { members + [total] }
    }

    private let rowCount: Int
    private let columnCount: Int
    private let rowTotalsShown: Bool
    private let columnTotalsShown: Bool
    private let values: [[Int]]
    private var hidden: [[Bool]]
    private var lines: [Line] = []

    init(table: [[Int]], rowTotalsShown: Bool, columnTotalsShown: Bool) {
        let rowCount = table.count
        let columnCount = table.first?.count ?? 0
        precondition(table.allSatisfy { $0.count == columnCount }, "a table to suppress must be rectangular")
        self.rowCount = rowCount
        self.columnCount = columnCount
        self.rowTotalsShown = rowTotalsShown
        self.columnTotalsShown = columnTotalsShown

        var values = table
        if rowTotalsShown {
            for row in 0..<rowCount { values[row].append(table[row].reduce(0, +)) }
        }
        if columnTotalsShown {
            var totals = (0..<columnCount).map { column in table.reduce(0) { $0 + $1[column] } }
            if rowTotalsShown { totals.append(totals.reduce(0, +)) }
            values.append(totals)
        }
        self.values = values
        self.hidden = values.map { $0.map { _ in false } }

        if rowTotalsShown {
            for row in 0..<rowCount {
                lines.append(Line(members: (0..<columnCount).map { Position(row: row, column: $0) }, total: Position(row: row, column: columnCount)))
            }
        }
        if columnTotalsShown {
            for column in 0..<columnCount {
                lines.append(Line(members: (0..<rowCount).map { Position(row: $0, column: column) }, total: Position(row: rowCount, column: column)))
            }
        }
        if rowTotalsShown, columnTotalsShown {
            let grand = Position(row: rowCount, column: columnCount)
            lines.append(Line(members: (0..<columnCount).map { Position(row: rowCount, column: $0) }, total: grand))
            lines.append(Line(members: (0..<rowCount).map { Position(row: $0, column: columnCount) }, total: grand))
        }
    }

    /// Hides small counts, then adds hidden entries until no line has exactly one.
    /// Ends because every pass that changes anything hides at least one more entry.
    mutating func suppress(smallCountMaximum: Int) {
        guard smallCountMaximum >= 1 else { return }
        for row in values.indices {
            for column in values[row].indices where (1...smallCountMaximum).contains(values[row][column]) {
                hidden[row][column] = true
            }
        }
        var changed = true
        while changed {
            changed = false
            for line in lines where line.entries.filter(isHidden).count == 1 {
                if let next = companion(in: line) {
                    hidden[next.row][next.column] = true
                    changed = true
                }
            }
        }
    }

    /// The entry to hide beside a line's single hidden one: the smallest non-zero shown member
    /// (the first on a tie), else a zero member, else the line's total.
    private func companion(in line: Line) -> Position? {
        let shown = line.members.filter { !isHidden($0) }
        if let smallest = shown.filter({ value($0) != 0 }).min(by: { value($0) < value($1) }) { return smallest }
        if let zero = shown.first { return zero }
        return isHidden(line.total) ? nil : line.total
    }

    private func isHidden(_ position: Position) -> Bool { hidden[position.row][position.column] }
    private func value(_ position: Position) -> Int { values[position.row][position.column] }

    private func disclosed(_ row: Int, _ column: Int) -> DisclosedCount {
        hidden[row][column] ? .suppressed : .value(values[row][column])
    }

    var disclosed: DisclosedTable {
        DisclosedTable(
            cells: (0..<rowCount).map { row in (0..<columnCount).map { disclosed(row, $0) } },
            rowTotals: rowTotalsShown ? (0..<rowCount).map { disclosed($0, columnCount) } : nil,
            columnTotals: columnTotalsShown ? (0..<columnCount).map { disclosed(rowCount, $0) } : nil,
            grandTotal: rowTotalsShown && columnTotalsShown ? disclosed(rowCount, columnCount) : nil
        )
    }
}
