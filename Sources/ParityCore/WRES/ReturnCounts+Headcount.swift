extension ReturnCounts {
    /// The group's total headcount: the sum of every indicator-1 headcount cell the return
    /// carries for it; `nil` when it carries none. This is the base of WRES indicators 3
    /// and 4 (DOMAIN.md).
    public func headcount(of group: PopulationGroup) -> Int? {
        let cells = Measure.allWRES.compactMap { measure -> Int? in
            guard case .headcount = measure else { return nil }
            return self[1, measure, group]
        }
        return cells.isEmpty ? nil : cells.reduce(0, +)
    }
}
