/// WRES counts (indicators 1–4, with WRES's `Measure`s) broken down by race × disability
/// (`IntersectionGroup`). A count a return does not carry is absent, never zero.
public struct IntersectionCounts: Sendable, Hashable, Codable {
    public private(set) var values: [IntersectionCountKey: Int]

    public init(_ values: [IntersectionCountKey: Int] = [:]) { self.values = values }

    public subscript(indicator: Int, measure: Measure, group: IntersectionGroup) -> Int? {
        values[IntersectionCountKey(indicator: indicator, measure: measure, group: group)]
    }

    /// Several returns pooled by adding raw counts (DOMAIN.md, roll-ups).
    public static func pooled(_ parts: some Sequence<IntersectionCounts>) -> IntersectionCounts {
        var values: [IntersectionCountKey: Int] = [:]
        for part in parts {
            for (key, count) in part.values { values[key, default: 0] += count }
        }
        return IntersectionCounts(values)
    }

    /// The group's headcount: the sum of its indicator-1 cells; `nil` when it has none.
    public func headcount(of group: IntersectionGroup) -> Int? {
        let cells = Measure.allWRES.compactMap { measure -> Int? in
            guard case .headcount = measure else { return nil }
            return self[1, measure, group]
        }
        return cells.isEmpty ? nil : cells.reduce(0, +)
    }
}

/// Identifies one count of an intersection return.
public struct IntersectionCountKey: Sendable, Hashable, Codable {
    public var indicator: Int
    public var measure: Measure
    public var group: IntersectionGroup

    public init(indicator: Int, measure: Measure, group: IntersectionGroup) {
        self.indicator = indicator
        self.measure = measure
        self.group = group
    }
}
