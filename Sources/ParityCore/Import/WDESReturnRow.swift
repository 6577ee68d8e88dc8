/// One WDES row of a return file: a count for one organisation, year, metric, measure and
/// group (Disabled, non-disabled, Unknown). The `indicator` column holds the metric id
/// (`WDESMetric` raw value, such as "4a-i").
public struct WDESReturnRow: Sendable, Hashable, Codable {
    public var organisation: String
    public var year: Int
    public var metric: WDESMetric
    public var measure: WDESMeasure
    public var group: PopulationGroup
    public var count: Int

    public init(organisation: String, year: Int, metric: WDESMetric, measure: WDESMeasure, group: PopulationGroup, count: Int) {
        self.organisation = organisation
        self.year = year
        self.metric = metric
        self.measure = measure
        self.group = group
        self.count = count
    }

    /// Where this row's count sits inside its WDES return.
    public var key: WDESCountKey { WDESCountKey(metric: metric, measure: measure, group: group) }

    /// The WDES return this row belongs to.
    public var returnKey: ReturnKey { ReturnKey(organisation: organisation, year: year, standard: .wdes) }
}
