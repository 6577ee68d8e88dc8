/// The checks behind `WRESProvision` and `WDESProvision`: whether a return provided every count
/// a figure needs to join a pool (DOMAIN.md, pooling with partial returns), and if not, the
/// reason its organisation is left out.
enum Provision {
    /// The first of `measures` blank for one of `groups`, as "no " + its phrase for the
    /// group's label; nil when every one is given.
    static func missing<Measure>(_ measures: [(Measure, (String) -> String)], groups: [PopulationGroup], count: (Measure, PopulationGroup) -> Int?) -> String? {
        for group in groups {
            for (measure, phrase) in measures where count(measure, group) == nil {
                return "no " + phrase(name(group))
            }
        }
        return nil
    }

    /// A group's name inside a sentence: "BME", "White", "Disabled", "non-disabled".
    static func name(_ group: PopulationGroup) -> String {
        group == .nonDisabled ? "non-disabled" : group.label
    }

    /// A table of headcounts (indicator 1's cells, a board's seats) needs at least one row,
    /// and each group's count in every row the return fills: a row with a blank group would
    /// count that group's staff as none. A row left wholly blank is a grade or seat the
    /// organisation has nobody in.
    /// - Parameters:
    ///   - count: the return's count of a row and group, nil when blank.
    ///   - blank: the reason for a row filled in part, from the row and the blank group.
    ///   - none: the reason when the return fills no row.
    static func missing<Row>(rows: [Row], groups: [PopulationGroup], count: (Row, PopulationGroup) -> Int?, blank: (Row, PopulationGroup) -> String, none: String) -> String? {
        var filled = false
        for row in rows {
            let blanks = groups.filter { count(row, $0) == nil }
            guard blanks.count < groups.count else { continue }
            filled = true
            if let group = blanks.first { return blank(row, group) }
        }
        return filled ? nil : none
    }
}
