extension DisclosureLedger {
    /// The hidden counts an outsider can work out exactly by adding and subtracting the shown
    /// ones along the ledger's sums (every differencing at once, not only one sum at a time).
    /// Empty when `hidden` is safe.
    public func recoverable(hidden: Set<Key>) -> Set<Key> {
        Set(recoverableIndexes(hidden: Set(hidden.compactMap(index))).map { keys[$0] })
    }

    func recoverableIndexes(hidden: Set<Int>) -> Set<Int> {
        var system = LinearDeterminacy()
        for relation in relations where relation.entries.contains(where: hidden.contains) {
            system.add(plus: relation.parts.filter(hidden.contains), minus: hidden.contains(relation.total) ? [relation.total] : [])
        }
        return system.determined
    }
}
