extension WRESEngine {
    /// WRES indicator 1: a cell for every workforce and grade the return carries, with the
    /// White, BME and Unknown headcounts it holds (DOMAIN.md, WRES indicator 1).
    public static func representation(_ counts: ReturnCounts) -> Representation {
        let cells = Workforce.allCases.flatMap { workforce in
            workforce.grades.compactMap { grade -> RepresentationCell? in
                let groupCounts = groupCounts(counts, indicator: 1, measure: .headcount(workforce, grade))
                return groupCounts.isEmpty ? nil : RepresentationCell(workforce: workforce, grade: grade, counts: groupCounts)
            }
        }
        return Representation(cells: cells)
    }

    /// WRES indicator 9: board members per seat kind against the workforce's BME share
    /// (percent 0–100, Unknown included), in percentage points (DOMAIN.md, indicator 9).
    public static func board(_ counts: ReturnCounts, workforceBMEPercent: Double?) -> BoardComparison {
        var seats: [BoardSeat: [PopulationGroup: Int]] = [:]
        for seat in BoardSeat.allCases {
            let groupCounts = groupCounts(counts, indicator: 9, measure: .board(seat))
            if !groupCounts.isEmpty { seats[seat] = groupCounts }
        }
        return BoardComparison(seats: seats, workforceBMEPercent: workforceBMEPercent)
    }

    private static func groupCounts(_ counts: ReturnCounts, indicator: Int, measure: Measure) -> [PopulationGroup: Int] {
        var result: [PopulationGroup: Int] = [:]
        for group in Standard.wres.groups {
            result[group] = counts[indicator, measure, group]
        }
        return result
    }
}
