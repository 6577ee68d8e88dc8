/// Which unknowns a set of linear sums pins down exactly: what an outsider learns by adding
/// and subtracting published counts. Each equation is a sum of unknowns (coefficient +1 or
/// −1) equal to a known number; an unknown is determined when some combination of the
/// equations isolates it. Worked exactly, by Gauss–Jordan elimination in the integers modulo
/// the prime 2⁶¹ − 1 (coefficients stay small, so no rounding can hide or invent a solution).
///
/// Most equations of a year's ledger hold an unknown that no other equation holds; such an
/// equation constrains nothing else, so it is set aside first (repeatedly, as setting one
/// aside leaves others with such an unknown), the rest eliminated, and the set-aside
/// equations added back last to first, each pivoting on its own unknown, which costs no
/// further elimination.
struct LinearDeterminacy {
    private static let prime: UInt64 = (1 << 61) - 1
    private typealias Row = [Int: UInt64]

    private var equations: [Row] = []

    /// Adds one equation: +1 for each of `plus`, −1 for each of `minus`.
    mutating func add(plus: [Int], minus: [Int]) {
        var row: Row = [:]
        for column in plus { row[column] = Self.add(row[column] ?? 0, 1) }
        for column in minus { row[column] = Self.add(row[column] ?? 0, Self.prime - 1) }
        row = row.filter { $0.value != 0 }
        if !row.isEmpty { equations.append(row) }
    }

    /// The unknowns the equations pin down.
    var determined: Set<Int> {
        let (core, setAside) = peeled()
        var basis = ReducedRows()
        for index in core { basis.insert(equations[index], pivot: nil) }
        for (index, own) in setAside.reversed() { basis.insert(equations[index], pivot: own) }
        return basis.determined
    }

    /// The equations to eliminate, and those set aside with the unknown only they hold, in
    /// the order they were set aside.
    private func peeled() -> (core: [Int], setAside: [(Int, Int)]) {
        var holders: [Int: Int] = [:]
        for row in equations { for column in row.keys { holders[column, default: 0] += 1 } }
        var columnsRows: [Int: [Int]] = [:]
        for (index, row) in equations.enumerated() { for column in row.keys { columnsRows[column, default: []].append(index) } }
        var removed = [Bool](repeating: false, count: equations.count)
        var setAside: [(Int, Int)] = []
        var pending = Array(equations.indices)
        while let index = pending.popLast() {
            guard !removed[index], let own = equations[index].keys.first(where: { holders[$0] == 1 }) else { continue }
            // An equation of a single unknown pins it down: it stays to be eliminated.
            guard equations[index].count > 1 else { continue }
            removed[index] = true
            setAside.append((index, own))
            for column in equations[index].keys {
                holders[column]! -= 1
                if holders[column] == 1 { pending.append(contentsOf: columnsRows[column]!.filter { !removed[$0] }) }
            }
        }
        return (equations.indices.filter { !removed[$0] }, setAside)
    }

    /// Rows in reduced echelon form: each pivot column appears in its own row only.
    private struct ReducedRows {
        var rows: [Int: Row] = [:]
        /// For each column, the pivots of the rows that hold it.
        var holders: [Int: Set<Int>] = [:]

        /// Adds `row` reduced by the rows held, pivoting on `pivot` when given (an unknown no
        /// row held holds) or else on the column fewest rows hold.
        mutating func insert(_ row: Row, pivot: Int?) {
            var row = row
            for (column, factor) in row {
                if let held = rows[column] { LinearDeterminacy.subtract(held, times: factor, from: &row) }
            }
            guard !row.isEmpty else { return }
            let pivot = pivot.flatMap { row[$0] != nil ? $0 : nil }
                ?? row.keys.min { (holders[$0]?.count ?? 0, $0) < (holders[$1]?.count ?? 0, $1) }!
            let inverse = LinearDeterminacy.inverse(row[pivot]!)
            row = row.mapValues { LinearDeterminacy.multiply($0, inverse) }
            for other in holders[pivot] ?? [] {
                var updated = rows[other]!
                let factor = updated[pivot]!
                let before = Set(updated.keys)
                LinearDeterminacy.subtract(row, times: factor, from: &updated)
                for column in before where updated[column] == nil { holders[column]?.remove(other) }
                for column in updated.keys where !before.contains(column) { holders[column, default: []].insert(other) }
                rows[other] = updated
            }
            rows[pivot] = row
            for column in row.keys { holders[column, default: []].insert(pivot) }
        }

        /// Pivots whose reduced row holds nothing else.
        var determined: Set<Int> { Set(rows.filter { $0.value.count == 1 }.map(\.key)) }
    }

    private static func subtract(_ source: Row, times factor: UInt64, from row: inout Row) {
        for (column, coefficient) in source {
            let value = add(row[column] ?? 0, prime - multiply(coefficient, factor))
            row[column] = value == 0 ? nil : value
        }
    }

    private static func add(_ a: UInt64, _ b: UInt64) -> UInt64 {
        let sum = a + b
        return sum >= prime ? sum - prime : sum
    }

    private static func multiply(_ a: UInt64, _ b: UInt64) -> UInt64 {
        // a, b < 2⁶¹, so the product is below 2¹²²; as 2⁶¹ ≡ 1, its 61-bit halves add up to it.
        let (high, low) = a.multipliedFullWidth(by: b)
        let sum = (low & prime) + (low >> 61 | high << 3)
        return sum >= prime ? sum - prime : sum
    }

    private static func inverse(_ a: UInt64) -> UInt64 {
        // Fermat: a^(p−2) is a's inverse modulo the prime p.
        var result: UInt64 = 1, base = a, exponent = prime - 2
        while exponent > 0 {
            if exponent & 1 == 1 { result = multiply(result, base) }
            base = multiply(base, base)
            exponent >>= 1
        }
        return result
    }
}
