import Testing
@testable import ParityCore

@Suite("Table suppression")
struct TableSuppressionTests {
    let policy = DisclosurePolicy.publicRelease
    let star = DisclosedCount.suppressed
    func v(_ count: Int) -> DisclosedCount { .value(count) }

    @Test func withoutTotalsOnlySmallCountsAreHidden() {
        let cells = policy.suppressTable([[3, 10], [0, 5]], rowTotalsShown: false, columnTotalsShown: false)
        #expect(cells == [[star, v(10)], [v(0), v(5)]])
    }

    @Test func rowTotalHidesTheSmallestOtherCell() {
        let cells = policy.suppressTable([[3, 20, 10]], rowTotalsShown: true, columnTotalsShown: false)
        #expect(cells == [[star, v(20), star]])
    }

    @Test func columnTotalHidesTheSmallestOtherCell() {
        let cells = policy.suppressTable([[30], [4], [12], [0]], rowTotalsShown: false, columnTotalsShown: true)
        #expect(cells == [[v(30)], [star], [star], [v(0)]])
    }

    @Test func zeroIsNotTakenWhileANonZeroCellRemains() {
        let cells = policy.suppressTable([[2, 0, 9]], rowTotalsShown: true, columnTotalsShown: false)
        #expect(cells == [[star, v(0), star]])
    }

    @Test func smallTotalAlreadyProtectsItsOnlyHiddenCell() {
        let table = policy.discloseTable([[3, 0, 0]], rowTotalsShown: true, columnTotalsShown: false)
        #expect(table.cells == [[star, v(0), v(0)]])
        #expect(table.rowTotals == [star])
    }

    @Test func secondarySuppressionCascadesThroughRowsAndColumns() {
        // (0,0)=3 is small; row 0 then hides 8, column 0 hides 9, column 1 hides 12;
        // that leaves rows 1 and 2 with one hidden cell each, so they hide 40 and 70.
        let table = policy.discloseTable([
            [3, 8, 50],
            [9, 40, 60],
            [70, 12, 80],
        ])
        #expect(table.cells == [
            [star, star, v(50)],
            [star, star, v(60)],
            [star, star, v(80)],
        ])
        #expect(table.rowTotals == [v(61), v(109), v(162)])
        #expect(table.columnTotals == [v(82), v(60), v(190)])
        #expect(table.grandTotal == v(332))
    }

    @Test func aSecondaryCellStartsANewColumnsSuppression() {
        let cells = policy.suppressTable([
            [2, 10, 30],
            [20, 40, 50],
            [30, 60, 70],
        ])
        #expect(cells == [
            [star, star, v(30)],
            [star, star, v(50)],
            [v(30), v(60), v(70)],
        ])
    }

    @Test func aZeroCellIsHiddenWhenNoOtherCellCanBe() {
        // Column 1 holds the secondary 9 and a 0; hiding only the 9 would let the column
        // total give it away, so the 0 is hidden too.
        let table = policy.discloseTable([[7, 0], [2, 9]])
        #expect(table.cells == [[star, star], [star, star]])
        #expect(table.rowTotals == [v(7), v(11)])
        #expect(table.columnTotals == [v(9), v(9)])
        #expect(table.grandTotal == v(18))
    }

    @Test func aOneCellLineHidesItsTotal() {
        let table = policy.discloseTable([[7], [2]])
        #expect(table.cells == [[star], [star]])
        #expect(table.rowTotals == [star, star])
        #expect(table.columnTotals == [v(9)])
        #expect(table.grandTotal == v(9))
    }

    @Test func smallTotalsAreHiddenAndTheirLineProtected() {
        let table = policy.discloseTable([[0, 1], [0, 2], [30, 40]])
        #expect(table.cells == [[v(0), star], [v(0), star], [v(30), v(40)]])
        #expect(table.rowTotals == [star, star, v(70)])
        #expect(table.columnTotals == [v(30), v(43)])
        #expect(table.grandTotal == v(73))
    }

    @Test func unrestrictedPolicyHidesNothing() {
        let table = DisclosurePolicy.unrestricted.discloseTable([[1, 2], [3, 40]])
        #expect(table.cells == [[v(1), v(2)], [v(3), v(40)]])
        #expect(table.rowTotals == [v(3), v(43)])
        #expect(table.columnTotals == [v(4), v(42)])
        #expect(table.grandTotal == v(46))
    }

    @Test func emptyTable() {
        #expect(policy.suppressTable([]) == [])
    }

    @Test(arguments: 1...40)
    func noLineWithAShownTotalHasExactlyOneHiddenEntry(seed: Int) {
        var random = SplitMix64(seed: UInt64(seed))
        let rows = random.integer(1...5)
        let columns = random.integer(1...6)
        let table = (0..<rows).map { _ in
            (0..<columns).map { _ in
                switch random.integer(0...3) {
                case 0: 0
                case 1: random.integer(1...4)
                default: random.integer(5...60)
                }
            }
        }
        for (rowTotalsShown, columnTotalsShown) in [(true, true), (true, false), (false, true), (false, false)] {
            let disclosed = policy.discloseTable(table, rowTotalsShown: rowTotalsShown, columnTotalsShown: columnTotalsShown)
            #expect(Self.linesWithOneHiddenEntry(disclosed).isEmpty, "table \(table), totals \(rowTotalsShown)/\(columnTotalsShown)")
            #expect(disclosed.cells == policy.suppressTable(table, rowTotalsShown: rowTotalsShown, columnTotalsShown: columnTotalsShown))
            for (row, line) in table.enumerated() {
                for (column, count) in line.enumerated() {
                    let shown = disclosed.cells[row][column]
                    if (1...4).contains(count) { #expect(shown == .suppressed) }
                    if let value = shown.value { #expect(value == count) }
                }
            }
        }
    }

    /// Every line (each row beside a shown row total, each column above a shown column total,
    /// and the lines of totals around the grand total) whose hidden entries number exactly one.
    static func linesWithOneHiddenEntry(_ table: DisclosedTable) -> [[DisclosedCount]] {
        var lines: [[DisclosedCount]] = []
        let columnCount = table.cells.first?.count ?? 0
        if let rowTotals = table.rowTotals {
            for (row, total) in rowTotals.enumerated() { lines.append(table.cells[row] + [total]) }
        }
        if let columnTotals = table.columnTotals {
            for column in 0..<columnCount { lines.append(table.cells.map { $0[column] } + [columnTotals[column]]) }
        }
        if let rowTotals = table.rowTotals, let columnTotals = table.columnTotals, let grand = table.grandTotal {
            lines.append(rowTotals + [grand])
            lines.append(columnTotals + [grand])
        }
        return lines.filter { $0.filter(\.isSuppressed).count == 1 }
    }
}
