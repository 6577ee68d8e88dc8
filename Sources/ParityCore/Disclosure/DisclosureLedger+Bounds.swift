extension DisclosureLedger {
    /// A hidden count's range as a reader knows it: `upper` is nil when unbounded.
    public struct Bounds: Sendable, Hashable {
        public var lower: Int
        public var upper: Int?

        public init(lower: Int, upper: Int?) {
            self.lower = lower
            self.upper = upper
        }
    }

    /// The hidden counts a reader pins to one value by the ledger's sums and what each hidden
    /// count is known to lie within (`bounds`; shown counts are known exactly): each sum
    /// narrows the range of each of its hidden entries from the others' ranges, until nothing
    /// narrows further. This finds what adding and subtracting cannot, such as two "fewer
    /// than 10" cells that must both be 0, or 9 + 9 = 18, across every sum of the ledger.
    func pinnedByBounds(hidden: Set<Int>, bounds start: [Int: Bounds]) -> Set<Int> {
        var bounds = start
        func range(_ entry: Int) -> Bounds {
            hidden.contains(entry) ? bounds[entry] ?? Bounds(lower: 0, upper: nil) : Bounds(lower: values[entry], upper: values[entry])
        }
        var sums: [Int: [Int]] = [:]
        for (index, relation) in relations.enumerated() where relation.entries.contains(where: hidden.contains) {
            for entry in relation.entries where hidden.contains(entry) { sums[entry, default: []].append(index) }
        }
        var pending = Set(sums.values.joined())
        while let index = pending.popFirst() {
            let relation = relations[index]
            let parts = relation.parts.map(range)
            let partsLower = parts.reduce(0) { $0 + $1.lower }
            let finiteUpper = parts.reduce(0) { $0 + ($1.upper ?? 0) }
            let unbounded = parts.count { $0.upper == nil }
            let total = range(relation.total)
            var narrowed: [(Int, Bounds)] = []
            if hidden.contains(relation.total) {
                narrowed.append((relation.total, Bounds(lower: partsLower, upper: unbounded == 0 ? finiteUpper : nil)))
            }
            for (position, entry) in relation.parts.enumerated() where hidden.contains(entry) {
                let own = parts[position]
                let othersLower = partsLower - own.lower
                // The other parts' greatest sum, when none of them is unbounded.
                let othersUpper: Int? = switch (unbounded, own.upper) {
                case (0, let upper?): finiteUpper - upper
                case (1, nil): finiteUpper
                default: nil
                }
                narrowed.append((entry, Bounds(lower: othersUpper.map { total.lower - $0 } ?? 0, upper: total.upper.map { $0 - othersLower })))
            }
            for (entry, found) in narrowed {
                let known = range(entry)
                let lower = max(known.lower, found.lower)
                let upper = [known.upper, found.upper].compactMap { $0 }.min()
                guard lower != known.lower || upper != known.upper else { continue }
                bounds[entry] = Bounds(lower: lower, upper: upper)
                pending.formUnion(sums[entry] ?? [])
            }
        }
        return Set(hidden.filter { entry in bounds[entry].map { $0.lower == $0.upper } ?? false })
    }
}
