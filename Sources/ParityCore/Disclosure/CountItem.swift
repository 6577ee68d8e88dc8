/// Which count of one scope's published figures, as a stable path ("wres/1/clinical/band5/bme").
/// The ledger of a year's outputs and the published figures name counts the same way, so
/// what the ledger hides is what the pages hide.
public struct CountItem: Sendable, Hashable, Codable, Comparable {
    public let path: String

    public init(_ path: String) { self.path = path }

    public static func < (lhs: CountItem, rhs: CountItem) -> Bool { lhs.path < rhs.path }

    /// A headcount of indicator 1 / metric 1: `row` names the workforce and grade or cluster,
    /// nil for the whole workforce; `group` nil for the line's total.
    public static func headcount(_ standard: Standard, row: String?, group: PopulationGroup?) -> CountItem {
        CountItem("\(standard.rawValue)/1/\(row ?? "overall")/\(group?.rawValue ?? "total")")
    }

    /// A headcount row's name: its workforce and grade (WRES) or pay cluster (WDES).
    public static func rowName(_ cell: RepresentationCell) -> String { rowName(cell.workforce, cell.grade.rawValue) }

    public static func rowName(_ cell: WDESRepresentationCell) -> String { rowName(cell.workforce, cell.cluster.rawValue) }

    /// A row's name from its workforce and its grade's or cluster's code.
    public static func rowName(_ workforce: Workforce, _ band: String) -> String { "\(workforce.rawValue)/\(band)" }

    /// The events or the base of one group in a relative likelihood (WRES 2–4, WDES 2–3).
    public static func likelihood(_ standard: Standard, indicator: Int, group: PopulationGroup, base: Bool) -> CountItem {
        CountItem("\(standard.rawValue)/\(indicator)/\(group.rawValue)/\(base ? "base" : "events")")
    }

    /// The respondents or the yes answers of one group in a survey measure (WRES 5–8, WDES
    /// 4–9a); `group` nil for every respondent.
    public static func survey(_ standard: Standard, measure: String, group: PopulationGroup?, respondents: Bool) -> CountItem {
        CountItem("\(standard.rawValue)/\(measure)/\(group?.rawValue ?? "all")/\(respondents ? "respondents" : "yes")")
    }

    /// Board members of one kind of seat and group (WRES 9, WDES 10); `seat` nil for every
    /// seat, `group` nil for every group.
    public static func board(_ standard: Standard, seat: BoardSeat?, group: PopulationGroup?) -> CountItem {
        CountItem("\(standard.rawValue)/board/\(seat?.rawValue ?? "all")/\(group?.rawValue ?? "total")")
    }

    /// Board members of a part of the board whose share is published (WRES 9, WDES 10: the
    /// voting or the executive members), in one group or, `group` nil, in all.
    public static func board(_ standard: Standard, part: BoardPart, group: PopulationGroup?) -> CountItem {
        part == .whole ? board(standard, seat: nil, group: group)
            : CountItem("\(standard.rawValue)/board/\(part.rawValue)/\(group?.rawValue ?? "total")")
    }
}

extension CountItem {
    /// A count of a race × disability table (`IntersectionEngine.tables`): `ethnicity` nil
    /// for a column's total, `disability` nil for a row's, both for the table's.
    public static func intersection(_ table: String, ethnicity: PopulationGroup?, disability: PopulationGroup?) -> CountItem {
        CountItem("race-disability/\(table)/\(ethnicity?.rawValue ?? "all")/\(disability?.rawValue ?? "all")")
    }
}

/// The counts of one scope's figures that disclosure control across a year's outputs hides
/// (`YearDisclosure`). Published figures hide exactly these, and withhold every figure built
/// from one of them.
public struct WithheldCounts: Sendable, Hashable {
    public let items: Set<CountItem>

    public init(_ items: Set<CountItem>) { self.items = items }

    public func contains(_ item: CountItem) -> Bool { items.contains(item) }
}
