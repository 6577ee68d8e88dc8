/// The counts of one WDES return (or of several pooled), keyed by metric, measure and group
/// (Disabled, non-disabled, Unknown). WDES has its own key because its metric ids ("4a-i")
/// are not WRES indicator numbers. A count a return does not carry is absent, never zero.
/// Metric 9b's narrative travels beside the counts, since it is text.
public struct WDESCounts: Sendable, Hashable, Codable {
    public private(set) var values: [WDESCountKey: Int]
    /// Metric 9b: the organisation's description of its action to help Disabled staff's
    /// voices be heard; `nil` when none was given, and always in a pooled roll-up.
    public var voiceNarrative: String?

    public init(_ values: [WDESCountKey: Int] = [:], voiceNarrative: String? = nil) {
        self.values = values
        self.voiceNarrative = voiceNarrative
    }

    public subscript(metric: WDESMetric, measure: WDESMeasure, group: PopulationGroup) -> Int? {
        values[WDESCountKey(metric: metric, measure: measure, group: group)]
    }

    public var isEmpty: Bool { values.isEmpty && voiceNarrative == nil }

    /// Several returns pooled by adding their raw counts, never averaging ratios (DOMAIN.md,
    /// roll-ups). A count is present when at least one return carries it. Narratives are not
    /// pooled: a roll-up shows each organisation's own.
    public static func pooled(_ parts: some Sequence<WDESCounts>) -> WDESCounts {
        var values: [WDESCountKey: Int] = [:]
        for part in parts {
            for (key, count) in part.values { values[key, default: 0] += count }
        }
        return WDESCounts(values)
    }

    /// The group's total headcount: the sum of every metric-1 cluster headcount the return
    /// carries for it; `nil` when it carries none. The base of metric 3 (DOMAIN.md).
    public func headcount(of group: PopulationGroup) -> Int? {
        let cells = WDESMeasure.allClusterHeadcounts.compactMap { self[.representation, $0, group] }
        return cells.isEmpty ? nil : cells.reduce(0, +)
    }
}

/// Identifies one count inside a WDES return.
public struct WDESCountKey: Sendable, Hashable, Codable {
    public var metric: WDESMetric
    public var measure: WDESMeasure
    public var group: PopulationGroup

    public init(metric: WDESMetric, measure: WDESMeasure, group: PopulationGroup) {
        self.metric = metric
        self.measure = measure
        self.group = group
    }
}
