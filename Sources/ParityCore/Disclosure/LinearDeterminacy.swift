/// Which unknowns a set of linear sums pins down exactly: what an outsider learns by adding
/// and subtracting published counts. Each equation is a sum of unknowns (coefficient +1 or
/// −1) equal to a known number; an unknown is determined when some combination of the
/// equations isolates it. Worked exactly, by Gauss–Jordan elimination in the integers modulo
/// the prime 2⁶¹ − 1 (coefficients stay small, so no rounding can hide or invent a solution).
struct LinearDeterminacy {
    private static let prime: UInt64 = (1 << 61) - 1

    /// The reduced rows, by pivot column; each row maps column → coefficient.
    private var rows: [Int: [Int: UInt64]] = [:]
    /// For each column, the pivots of the rows that hold it.
    private var holders: [Int: Set<Int>] = [:]

    /// Adds one equation: +1 for each of `plus`, −1 for each of `minus`.
    mutating func add(plus: [Int], minus: [Int]) {
        var row: [Int: UInt64] = [:]
        for column in plus { row[column] = Self.add(row[column] ?? 0, 1) }
        for column in minus { row[column] = Self.add(row[column] ?? 0, Self.prime - 1) }
        row = row.filter { $0.value != 0 }
        // Reduce by the rows already held (they are fully reduced, so one pass suffices).
        for (column, factor) in row {
            if let held = rows[column] { subtract(held, times: factor, from: &row) }
        }
        guard let pivot = row.keys.min() else { return }
        let inverse = Self.inverse(row[pivot]!)
        row = row.mapValues { Self.multiply($0, inverse) }
        // Clear the new pivot from every row that holds it.
        for other in holders[pivot] ?? [] {
            let factor = rows[other]![pivot]!
            var updated = rows[other]!
            let before = Set(updated.keys)
            subtract(row, times: factor, from: &updated)
            for column in before.subtracting(updated.keys) { holders[column]?.remove(other) }
            for column in Set(updated.keys).subtracting(before) { holders[column, default: []].insert(other) }
            rows[other] = updated
        }
        rows[pivot] = row
        for column in row.keys { holders[column, default: []].insert(pivot) }
    }

    /// The unknowns the equations pin down: pivots whose reduced row holds nothing else.
    var determined: Set<Int> {
        Set(rows.filter { $0.value.count == 1 }.map(\.key))
    }

    private func subtract(_ source: [Int: UInt64], times factor: UInt64, from row: inout [Int: UInt64]) {
        for (column, coefficient) in source {
            let value = Self.add(row[column] ?? 0, Self.prime - Self.multiply(coefficient, factor))
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
