/// Whether an action plan answers the organisation's adverse indicators (issue 13: a plan
/// with no action for an indicator flagged adverse is marked). Indicators are named by the
/// tags commitments use: "WRES 3", "WDES 4a-i".
public enum ActionPlanCoverage {
    /// The tags of every WRES indicator and WDES metric flagged adverse in the figures, WRES
    /// first, each in order.
    public static func adverseTags(wres: PublishedWRES?, wdes: PublishedWDES?) -> [String] {
        let race = (1...9).filter { wres?.flag(indicator: $0) == .adverse }.map { "WRES \($0)" }
        let disability = WDESMetric.allCases.filter { wdes?.flag(metric: $0) == .adverse }.map { "WDES \($0.rawValue)" }
        return race + disability
    }

    /// The adverse tags no action aims at, in the order given.
    public static func uncovered(adverse: [String], actionTags: [[String]]) -> [String] {
        let covered = Set(actionTags.joined())
        return adverse.filter { !covered.contains($0) }
    }
}
