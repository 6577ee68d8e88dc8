/// Which computed figures a change makes stale, so Parity can keep every scope's figures
/// computed ahead of reading and recompute only the years a change touches (issue 10).
///
/// A scope's figures for a year pool the latest returns of its member organisations for that
/// year and the year before (indicator 3 and WDES metric 3 are two-year rolling figures), so a
/// return of year Y feeds the figures of Y and of Y + 1. Which organisations a system pools
/// depends on the structure in force on the year's snapshot date, so a change of structure
/// can touch any year.
public enum FigureRefresh {
    /// The years whose figures read any of the returns `keys`: each return's year and the next.
    public static func years(reading keys: some Sequence<ReturnKey>) -> Set<Int> {
        Set(keys.flatMap { [$0.year, $0.year + 1] })
    }

    /// The years to keep figures for, given the years that have returns: each of them and the
    /// year after, whose two-year rolling figures already read it.
    public static func years(withReturns years: some Sequence<Int>) -> Set<Int> {
        Set(years.flatMap { [$0, $0 + 1] })
    }

    /// Every scope with figures in a year of `structure`: the region, every system and member,
    /// and the `organisations` Parity knows beyond them (an organisation outside every system
    /// still has figures of its own).
    public static func everyScope(in structure: RegionStructure, organisations: some Sequence<String>) -> Set<FigureScope> {
        var scopes: Set<FigureScope> = [.region]
        for system in structure.systems {
            scopes.insert(.system(system.code))
            for member in system.organisations { scopes.insert(.organisation(member.code)) }
        }
        for code in organisations { scopes.insert(.organisation(code)) }
        return scopes
    }
}
