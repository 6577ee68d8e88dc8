/// One race × disability row of a return file: a WRES count (indicator 1 headcounts or
/// indicators 2–4) for one `IntersectionGroup`, such as `bme+disabled`. It belongs to the
/// organisation's WRES return for the year.
public struct IntersectionReturnRow: Sendable, Hashable, Codable {
    public var organisation: String
    public var year: Int
    public var indicator: Int
    public var measure: Measure
    public var group: IntersectionGroup
    public var count: Int

    public init(organisation: String, year: Int, indicator: Int, measure: Measure, group: IntersectionGroup, count: Int) {
        self.organisation = organisation
        self.year = year
        self.indicator = indicator
        self.measure = measure
        self.group = group
        self.count = count
    }

    /// The WRES indicators whose rows may name a race × disability group (issue 8, WDES).
    public static let indicators: ClosedRange<Int> = 1...4

    /// Where this row's count sits among the return's intersection counts.
    public var key: IntersectionCountKey { IntersectionCountKey(indicator: indicator, measure: measure, group: group) }

    /// The return this row belongs to: the organisation's WRES return for the year.
    public var returnKey: ReturnKey { ReturnKey(organisation: organisation, year: year, standard: .wres) }
}
