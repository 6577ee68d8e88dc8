extension DisclosureLedger {
    /// The counts to hide when no count under `minimum` may be seen or worked out — staff
    /// voice's rule, where 0 is hidden too, as "none" would itself be a breakdown (DOMAIN.md,
    /// disclosure control; issue 19). `unpublished` counts are parts no output shows (the
    /// experiences of a system given with no organisation, say): never shown, they are what
    /// a reader does not know, not breakdowns anyone publishes, so only published counts are
    /// protected. A reader knows a hidden count shown as "fewer than `minimum`" lies in
    /// 0…minimum − 1, a withheld one is at least `minimum`, and an unpublished one at least
    /// 0; until nothing is pinned, each count under the minimum that the sums pin down — by
    /// adding and subtracting (`LinearDeterminacy`) or by those ranges (`pinnedByBounds`) —
    /// gets a partner withheld in one of its sums (`shownPartner`).
    public func withheld(minimum: Int, unpublished: Set<Key>) -> Set<Key> {
        let never = Set(unpublished.compactMap(index))
        var hidden = Set(values.indices.filter { values[$0] < minimum }).union(never)
        let sums = relationsByEntry()
        while true {
            let exposed = exposedUnder(minimum: minimum, hidden: hidden, unpublished: never)
            var changed = false
            for entry in exposed.sorted() {
                guard let partner = shownPartner(in: sums[entry] ?? [], hidden: hidden) else { continue }
                hidden.insert(partner)
                changed = true
            }
            // A pinned count whose sums have nothing left to withhold cannot be helped.
            guard changed else { break }
        }
        return Set(hidden.subtracting(never).map { keys[$0] })
    }

    /// The published counts under `minimum` a reader can pin down when `hidden` (and
    /// `unpublished`) are not shown: empty when `hidden` is safe.
    public func recoverable(hidden: Set<Key>, minimum: Int, unpublished: Set<Key>) -> Set<Key> {
        let never = Set(unpublished.compactMap(index))
        return Set(exposedUnder(minimum: minimum, hidden: Set(hidden.compactMap(index)).union(never), unpublished: never).map { keys[$0] })
    }

    private func exposedUnder(minimum: Int, hidden: Set<Int>, unpublished: Set<Int>) -> Set<Int> {
        var bounds: [Int: Bounds] = [:]
        for entry in hidden {
            bounds[entry] = if unpublished.contains(entry) { Bounds(lower: 0, upper: nil) }
                else if values[entry] < minimum { Bounds(lower: 0, upper: minimum - 1) }
                else { Bounds(lower: minimum, upper: nil) }
        }
        let pinned = recoverableIndexes(hidden: hidden).union(pinnedByBounds(hidden: hidden, bounds: bounds))
        return pinned.filter { values[$0] < minimum && !unpublished.contains($0) }
    }

    /// The smallest shown part of the first of `relations` with one (the first on a tie),
    /// else the first shown total: a total is often a headline, so it is hidden last.
    private func shownPartner(in relations: [Relation], hidden: Set<Int>) -> Int? {
        for relation in relations {
            if let part = relation.parts.filter({ !hidden.contains($0) }).min(by: { values[$0] < values[$1] }) { return part }
        }
        return relations.first { !hidden.contains($0.total) }?.total
    }
}
