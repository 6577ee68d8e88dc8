/// One row of an annual equality return: a count for one organisation, year, indicator,
/// measure and group. The CSV contract is
/// `organisation,year,standard,indicator,measure,group,count`.
public struct ReturnRow: Sendable, Hashable, Codable {
    public var organisation: String
    public var year: Int
    public var standard: Standard
    public var indicator: Int
    public var measure: Measure
    public var group: PopulationGroup
    public var count: Int

    public init(organisation: String, year: Int, standard: Standard, indicator: Int, measure: Measure, group: PopulationGroup, count: Int) {
        self.organisation = organisation
        self.year = year
        self.standard = standard
        self.indicator = indicator
        self.measure = measure
        self.group = group
        self.count = count
    }

    /// Where this row's count sits inside its return.
    public var key: CountKey { CountKey(indicator: indicator, measure: measure, group: group) }

    /// The return this row belongs to.
    public var returnKey: ReturnKey { ReturnKey(organisation: organisation, year: year, standard: standard) }
}

/// Identifies one annual return: an organisation's return under one standard for one year.
public struct ReturnKey: Sendable, Hashable, Codable, Comparable {
    public var organisation: String
    public var year: Int
    public var standard: Standard

    public init(organisation: String, year: Int, standard: Standard) {
        self.organisation = organisation
        self.year = year
        self.standard = standard
    }

    public static func < (lhs: Self, rhs: Self) -> Bool {
        (lhs.organisation, lhs.year, lhs.standard.rawValue) < (rhs.organisation, rhs.year, rhs.standard.rawValue)
    }
}

/// Identifies one count inside a return.
public struct CountKey: Sendable, Hashable, Codable {
    public var indicator: Int
    public var measure: Measure
    public var group: PopulationGroup

    public init(indicator: Int, measure: Measure, group: PopulationGroup) {
        self.indicator = indicator
        self.measure = measure
        self.group = group
    }
}
