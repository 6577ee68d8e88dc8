/// One demo organisation's race × disability counts for one year (WRES indicators 1–4 by
/// intersection group), split from its WRES and WDES returns so that no group's total ever
/// exceeds what either return says: headcounts and the shortlist add up to both exactly;
/// appointments, disciplinary cases and training stay within both.
struct DemoIntersectionYear {
    let wres: ReturnCounts
    let wdes: WDESCounts

    func counts(random: inout SplitMix64) -> IntersectionCounts {
        var values: [IntersectionCountKey: Int] = [:]
        let headcount = workforce(into: &values, random: &random)
        recruitment(into: &values, random: &random)
        for (indicator, measure, disabledWeight) in [(3, Measure.enteredDisciplinary, 1.3), (4, Measure.accessedTraining, 0.9)] {
            let totals = Self.ethnicities.map { wres[indicator, measure, $0] }
            guard totals.allSatisfy({ $0 != nil }) else { continue }
            let cells = DemoSplit.split(rows: totals.map { $0! }, columns: Self.disabilities.map { _ in Int.max },
                                        caps: headcount, weights: [disabledWeight, 1, 1], random: &random)
            store(cells, indicator, measure, into: &values)
        }
        return IntersectionCounts(values)
    }

    private static let ethnicities = IntersectionGroup.ethnicities
    private static let disabilities = IntersectionGroup.disabilities

    /// Indicator 1 by grade; medical "other" is left out because WDES does not count it.
    /// Returns the headcount table, rows by ethnicity and columns by disability.
    private func workforce(into values: inout [IntersectionCountKey: Int], random: inout SplitMix64) -> [[Int]] {
        var total = Self.ethnicities.map { _ in Self.disabilities.map { _ in 0 } }
        for workforce in Workforce.allCases {
            for cluster in WDESCluster.clusters(of: workforce) {
                var pool = Self.disabilities.map { wdes[.representation, .clusterHeadcount(workforce, cluster), $0] ?? 0 }
                for grade in cluster.grades {
                    let rows = Self.ethnicities.map { wres[1, .headcount(workforce, grade), $0] ?? 0 }
                    let cells = DemoSplit.split(rows: rows, columns: pool, caps: nil, weights: [1, 1, 1], random: &random)
                    store(cells, 1, .headcount(workforce, grade), into: &values)
                    for (r, row) in cells.enumerated() {
                        for (c, count) in row.enumerated() {
                            pool[c] -= count
                            total[r][c] += count
                        }
                    }
                }
            }
        }
        return total
    }

    /// Indicator 2: the shortlist split to match both returns, then appointments within
    /// each cell's shortlist and each group's appointments in both returns.
    private func recruitment(into values: inout [IntersectionCountKey: Int], random: inout SplitMix64) {
        let shortlistedRows = Self.ethnicities.map { wres[2, .shortlisted, $0] ?? 0 }
        let shortlistedColumns = Self.disabilities.map { wdes[.appointment, .shortlisted, $0] ?? 0 }
        let shortlisted = DemoSplit.split(rows: shortlistedRows, columns: shortlistedColumns, caps: nil, weights: [1, 1, 1], random: &random)
        let rates = Self.disabilities.map { group -> Double in
            let base = wdes[.appointment, .shortlisted, group] ?? 0
            return base > 0 ? Double(wdes[.appointment, .appointed, group] ?? 0) / Double(base) : 0
        }
        let appointed = DemoSplit.split(
            rows: Self.ethnicities.map { wres[2, .appointed, $0] ?? 0 },
            columns: Self.disabilities.map { wdes[.appointment, .appointed, $0] ?? 0 },
            caps: shortlisted, weights: rates, random: &random
        )
        store(shortlisted, 2, .shortlisted, into: &values)
        store(appointed, 2, .appointed, into: &values)
    }

    private func store(_ cells: [[Int]], _ indicator: Int, _ measure: Measure, into values: inout [IntersectionCountKey: Int]) {
        for (r, ethnicity) in Self.ethnicities.enumerated() {
            for (c, disability) in Self.disabilities.enumerated() {
                guard let group = IntersectionGroup(ethnicity: ethnicity, disability: disability) else { continue }
                values[IntersectionCountKey(indicator: indicator, measure: measure, group: group)] = cells[r][c]
            }
        }
    }
}

/// Splits row totals over columns at random in proportion to each column's remaining budget
/// times its weight, never placing more in a column than its budget nor in a cell than its
/// cap. When row and column totals agree and nothing is capped, every total is met exactly;
/// otherwise what cannot be placed is left out, so totals are never exceeded.
enum DemoSplit {
    static func split(rows: [Int], columns: [Int], caps: [[Int]]?, weights: [Double], random: inout SplitMix64) -> [[Int]] {
        var budget = columns
        return rows.enumerated().map { r, total in
            func room(_ c: Int, _ placed: [Int]) -> Int {
                min(budget[c], caps.map { $0[r][c] } ?? Int.max) - placed[c]
            }
            var placed = budget.map { _ in 0 }
            let mass = budget.indices.map { c in Double(min(budget[c], caps.map { $0[r][c] } ?? Int.max)) * weights[c] }
            let sum = mass.reduce(0, +)
            if sum > 0 {
                for c in budget.indices {
                    let wanted = random.count(Double(total) * mass[c] / sum)
                    placed[c] = min(wanted, room(c, placed), total - placed.reduce(0, +))
                }
            }
            for c in budget.indices {
                placed[c] += min(room(c, placed), total - placed.reduce(0, +))
            }
            for c in budget.indices where budget[c] != Int.max { budget[c] -= placed[c] }
            return placed
        }
    }
}
