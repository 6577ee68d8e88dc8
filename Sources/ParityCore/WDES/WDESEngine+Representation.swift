extension WDESEngine {
    /// WDES metric 1: a cell for every workforce and pay cluster the return carries, with
    /// its Disabled, non-disabled and Unknown headcounts (DOMAIN.md, WDES metric 1).
    public static func representation(_ counts: WDESCounts) -> WDESRepresentation {
        let cells = Workforce.allCases.flatMap { workforce in
            WDESCluster.clusters(of: workforce).compactMap { cluster -> WDESRepresentationCell? in
                let groupCounts = groupCounts(counts, .representation, .clusterHeadcount(workforce, cluster))
                return groupCounts.isEmpty ? nil : WDESRepresentationCell(workforce: workforce, cluster: cluster, counts: groupCounts)
            }
        }
        return WDESRepresentation(cells: cells)
    }

    /// WDES metric 10: board members per seat kind against the workforce's Disabled share
    /// (percent 0–100, Unknown included), in percentage points (DOMAIN.md, WDES metric 10).
    public static func board(_ counts: WDESCounts, workforceDisabledPercent: Double?) -> WDESBoardComparison {
        var seats: [BoardSeat: [PopulationGroup: Int]] = [:]
        for seat in BoardSeat.allCases {
            let groupCounts = groupCounts(counts, .board, .board(seat))
            if !groupCounts.isEmpty { seats[seat] = groupCounts }
        }
        return WDESBoardComparison(seats: seats, workforceDisabledPercent: workforceDisabledPercent)
    }

    private static func groupCounts(_ counts: WDESCounts, _ metric: WDESMetric, _ measure: WDESMeasure) -> [PopulationGroup: Int] {
        var result: [PopulationGroup: Int] = [:]
        for group in Standard.wdes.groups {
            result[group] = counts[metric, measure, group]
        }
        return result
    }
}
