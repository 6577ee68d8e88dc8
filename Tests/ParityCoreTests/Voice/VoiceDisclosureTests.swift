import Testing
@testable import ParityCore

struct VoiceDisclosureTests {
    @Test(arguments: [
        (0, VoiceCount.fewerThanMinimum, "fewer than 10", Int?.none),
        (1, .fewerThanMinimum, "fewer than 10", nil),
        (9, .fewerThanMinimum, "fewer than 10", nil),
        (10, .shown(10), "10", 10),
        (12, .shown(12), "12", 12),
    ])
    func threshold(count: Int, disclosed: VoiceCount, display: String, value: Int?) {
        #expect(VoiceCount.disclose(count) == disclosed)
        #expect(disclosed.display == display)
        #expect(disclosed.value == value)
    }

    @Test func minimumIsTen() {
        #expect(VoiceDisclosure.minimumContributions == 10)
        #expect(VoiceCount.disclose(4, minimum: 5) == .fewerThanMinimum)
        #expect(VoiceCount.disclose(5, minimum: 5) == .shown(5))
        #expect(VoiceCount.withheld.display == "withheld")
        #expect(VoiceCount.withheld.value == nil)
    }

    private func row(_ counts: [Int]) -> (cells: [VoiceCount], total: VoiceCount) {
        let table = VoiceBreakdown.make(rows: ["r"], columns: counts.indices.map(String.init), counts: [counts])
        return (table.cells[0], table.rowTotals[0])
    }

    @Test func keepsRowsWithNothingHidden() {
        #expect(row([12, 10, 30]).cells == [.shown(12), .shown(10), .shown(30)])
        #expect(row([12, 10, 30]).total == .shown(52))
    }

    @Test func smallTotalHidesTheRow() {
        #expect(row([3, 0, 5]).cells == [.fewerThanMinimum, .fewerThanMinimum, .fewerThanMinimum])
        #expect(row([3, 0, 5]).total == .fewerThanMinimum)
    }

    @Test(arguments: [
        // One small cell: the next-smallest shown cell is withheld as well.
        ([4, 25, 12], [VoiceCount.fewerThanMinimum, .shown(25), .withheld], VoiceCount.shown(41)),
        // One small cell and nothing else to withhold: the total goes.
        ([4, 30], [.fewerThanMinimum, .withheld], .shown(34)),
        ([6, 7], [.fewerThanMinimum, .fewerThanMinimum], .shown(13)),
        // Two zeros would be given away by a total equal to the shown cells; withholding the
        // 25 leaves 0…9, 0…9 and 10…25 adding up to 25, which many rows satisfy.
        ([0, 0, 25], [.fewerThanMinimum, .fewerThanMinimum, .withheld], .shown(25)),
        ([0, 0, 25, 40], [.fewerThanMinimum, .fewerThanMinimum, .withheld, .shown(40)], .shown(65)),
        // 9 + 9 = 18 could only be two nines.
        ([9, 9, 20, 30], [.fewerThanMinimum, .fewerThanMinimum, .withheld, .shown(30)], .shown(68)),
        // 0 beside a withheld 10 would be given away (10 is the least a withheld cell holds).
        ([0, 10, 11, 50], [.fewerThanMinimum, .withheld, .withheld, .shown(50)], .shown(71)),
        // Two ordinary small cells protect each other.
        ([3, 5, 40], [.fewerThanMinimum, .fewerThanMinimum, .shown(40)], .shown(48)),
    ])
    func secondarySuppression(counts: [Int], cells: [VoiceCount], total: VoiceCount) {
        let disclosed = row(counts)
        #expect(disclosed.cells == cells)
        #expect(disclosed.total == total)
    }

    @Test func tableKeepsLabelsAndRowsIndependent() {
        let table = VoiceBreakdown.make(rows: ["Harassment", "Progression"], columns: ["A", "B"], counts: [[15, 20], [2, 40]])
        #expect(table.rows == ["Harassment", "Progression"])
        #expect(table.columns == ["A", "B"])
        #expect(table.cells == [[.shown(15), .shown(20)], [.fewerThanMinimum, .withheld]])
        #expect(table.rowTotals == [.shown(35), .shown(42)])
    }

    /// Every row of three cells 0…24, and a sample of rows of four: a reader who knows the
    /// rule (and so that "fewer than 10" is 0…9 and withheld is at least 10) finds at least two
    /// values possible for every hidden cell, by trying every completion of the row; and every
    /// label is true.
    @Test func noHiddenCellCanBeWorkedOut() {
        var rows: [[Int]] = []
        for a in 0..<25 { for b in 0..<25 { for c in 0..<25 { rows.append([a, b, c]) } } }
        var rng = SplitMix64(seed: 6)
        let values = [0, 1, 5, 9, 10, 11, 12, 19, 20, 35]
        for _ in 0..<400 { rows.append((0..<4).map { _ in values[rng.integer(0...(values.count - 1))] }) }
        for counts in rows {
            let disclosed = row(counts)
            for (cell, count) in zip(disclosed.cells, counts) { #expect(isTrue(cell, count)) }
            #expect(isTrue(disclosed.total, counts.reduce(0, +)))
            #expect(possibleValues(disclosed).allSatisfy { $0.count != 1 }, "row \(counts)")
        }
    }

    private func isTrue(_ disclosed: VoiceCount, _ count: Int) -> Bool {
        switch disclosed {
        case let .shown(value): value == count
        case .fewerThanMinimum: count < 10
        case .withheld: count >= 10
        }
    }

    /// For each hidden cell, the values it takes over all completions of the row that agree
    /// with what is shown; empty sets for shown cells. Only rows with a shown total constrain.
    private func possibleValues(_ disclosed: (cells: [VoiceCount], total: VoiceCount)) -> [Set<Int>] {
        guard let total = disclosed.total.value else { return disclosed.cells.map { _ in [0, 1] } }
        let hidden = disclosed.cells.indices.filter { disclosed.cells[$0].value == nil }
        var possible = disclosed.cells.map { _ in Set<Int>() }
        let remaining = total - disclosed.cells.compactMap(\.value).reduce(0, +)
        func search(_ position: Int, _ left: Int, _ chosen: [Int]) {
            if position == hidden.count {
                if left == 0 { for (index, value) in zip(hidden, chosen) { possible[index].insert(value) } }
                return
            }
            let range = disclosed.cells[hidden[position]] == .withheld ? 10...max(10, left) : 0...min(9, left)
            for value in range where value <= left { search(position + 1, left - value, chosen + [value]) }
        }
        search(0, remaining, [])
        return hidden.isEmpty ? [] : hidden.map { possible[$0] }
    }

    @Test func themeTrendCountsPerPeriod() {
        let entries: [(theme: VoiceTheme, period: String)] =
            Array(repeating: (.progression, "2026-W01"), count: 10)
            + Array(repeating: (.progression, "2026-W02"), count: 9)
            + Array(repeating: (.harassmentFromPublic, "2026-W02"), count: 14)
            + [(.training, "2025-W52")]
        let trend = VoiceThemeTrend.counts(entries, periods: ["2026-W01", "2026-W02"])
        #expect(trend.count == VoiceTheme.allCases.count)
        #expect(trend[.progression] == [.shown(10), .fewerThanMinimum])
        #expect(trend[.harassmentFromPublic] == [.fewerThanMinimum, .shown(14)])
        #expect(trend[.training] == [.fewerThanMinimum, .fewerThanMinimum])
        #expect(trend[.other] == [.fewerThanMinimum, .fewerThanMinimum])
    }
}
