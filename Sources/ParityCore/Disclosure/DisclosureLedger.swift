/// Every count a year's public outputs show, with the sums that tie them together: a table's
/// cells add up to its totals, and a system's count adds up from its organisations'. An
/// outsider can add and subtract any of these, so disclosure control must decide what to
/// hide over the whole ledger at once (DOMAIN.md, disclosure across outputs; issue 19).
public struct DisclosureLedger<Key: Hashable & Sendable>: Sendable {
    /// One sum: the parts add up to the total.
    public struct Relation: Sendable, Hashable {
        public let total: Int
        public let parts: [Int]
        /// The total and the parts together.
        var entries: [Int] { [total] + parts }
    }

    public private(set) var keys: [Key] = []
    public private(set) var values: [Int] = []
    public private(set) var relations: [Relation] = []
    private var indexes: [Key: Int] = [:]

    public init() {}

    /// Records a count; a key recorded twice keeps its first value.
    public mutating func record(_ key: Key, _ value: Int) {
        guard indexes[key] == nil else { return }
        indexes[key] = keys.count
        keys.append(key)
        values.append(value)
    }

    public func value(_ key: Key) -> Int? { indexes[key].map { values[$0] } }

    public func index(_ key: Key) -> Int? { indexes[key] }

    /// Records that the recorded `parts` add up to the recorded `total`, when they do. Parts
    /// that were not recorded are left out (a blank is not a zero), and a sum that does not
    /// hold with the true counts is no sum an outsider can use, so it is not kept.
    public mutating func relate(total: Key, parts: [Key]) {
        guard let total = indexes[total] else { return }
        let parts = parts.compactMap { indexes[$0] }.filter { $0 != total }
        guard !parts.isEmpty, parts.reduce(0, { $0 + values[$1] }) == values[total] else { return }
        relations.append(Relation(total: total, parts: parts))
    }
}
