/// The counts of one return (or of several pooled together). A count that a return does not
/// carry is absent, never zero: a missing measure shows "no data" and is never guessed.
public struct ReturnCounts: Sendable, Hashable, Codable {
    public private(set) var values: [CountKey: Int]

    public init(_ values: [CountKey: Int] = [:]) { self.values = values }

    public init(rows: some Sequence<ReturnRow>) {
        var values: [CountKey: Int] = [:]
        for row in rows { values[row.key, default: 0] += row.count }
        self.values = values
    }

    public subscript(indicator: Int, measure: Measure, group: PopulationGroup) -> Int? {
        values[CountKey(indicator: indicator, measure: measure, group: group)]
    }

    public var isEmpty: Bool { values.isEmpty }

    /// Pools several returns by adding their raw counts. Roll-ups (system, region, nation)
    /// must pool counts, never average ratios (DOMAIN.md, roll-ups). A count is present in the
    /// pool when at least one return carries it.
    public static func pooled(_ parts: some Sequence<ReturnCounts>) -> ReturnCounts {
        var values: [CountKey: Int] = [:]
        for part in parts {
            for (key, count) in part.values { values[key, default: 0] += count }
        }
        return ReturnCounts(values)
    }
}
