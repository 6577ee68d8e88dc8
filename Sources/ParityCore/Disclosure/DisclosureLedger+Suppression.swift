extension DisclosureLedger {
    /// The counts to hide so that no small count can be seen or worked out (DOMAIN.md,
    /// disclosure across outputs). Counts from 1 to `smallCountMaximum` are hidden (primary
    /// suppression); then, until nothing changes, every sum with exactly one hidden entry gets
    /// a second (the smallest shown non-zero part, else a zero part, else the total), and any
    /// hidden count that the sums still pin down together gets a partner in one of its sums
    /// (complementary suppression across the hierarchy). Ends because each round hides more.
    public func withheld(smallCountMaximum: Int) -> Set<Key> {
        guard smallCountMaximum >= 1 else { return [] }
        var hidden = Set(values.indices.filter { (1...smallCountMaximum).contains(values[$0]) })
        let sums = relationsByEntry()
        while true {
            hideSingletons(&hidden, sums: sums)
            let exposed = recoverableIndexes(hidden: hidden)
            guard !exposed.isEmpty else { break }
            var changed = false
            for index in exposed.sorted() {
                for relation in sums[index] ?? [] {
                    if let partner = partner(in: relation, hidden: hidden, besides: index) {
                        hidden.insert(partner)
                        changed = true
                        break
                    }
                }
            }
            // Every sum of an exposed count is hidden whole: it cannot be exposed by them.
            guard changed else { break }
        }
        return Set(hidden.map { keys[$0] })
    }

    func relationsByEntry() -> [Int: [Relation]] {
        var sums: [Int: [Relation]] = [:]
        for relation in relations {
            for entry in relation.entries { sums[entry, default: []].append(relation) }
        }
        return sums
    }

    private func hideSingletons(_ hidden: inout Set<Int>, sums: [Int: [Relation]]) {
        var pending = relations
        while !pending.isEmpty {
            var next: [Relation] = []
            for relation in pending where relation.entries.count(where: hidden.contains) == 1 {
                guard let partner = partner(in: relation, hidden: hidden, besides: nil) else { continue }
                hidden.insert(partner)
                next.append(contentsOf: sums[partner] ?? [])
            }
            pending = next
        }
    }

    /// The entry of `relation` to hide beside its hidden ones: the smallest shown non-zero
    /// part (the first on a tie), else a shown zero part, else the total when shown.
    private func partner(in relation: Relation, hidden: Set<Int>, besides: Int?) -> Int? {
        let shown = relation.parts.filter { !hidden.contains($0) && $0 != besides }
        if let smallest = shown.filter({ values[$0] != 0 }).min(by: { values[$0] < values[$1] }) { return smallest }
        if let zero = shown.first { return zero }
        return hidden.contains(relation.total) || relation.total == besides ? nil : relation.total
    }
}
