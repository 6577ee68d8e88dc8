extension Heatmap {
    /// The WRES scorecard of `rows` (systems of the region, organisations of a system, or
    /// any scopes side by side) for one year: each cell the headline figure and flag the
    /// pages show, withheld figures as "*". `columns` name indicators 1 to 9 in order.
    public static func wresScorecard(_ rows: [PublishedWRES], pooled: PublishedWRES?, columns: [Column], id: String, title: String,
                                     rowHeading: String) -> Heatmap {
        Heatmap(id: id, title: title, rowHeading: rowHeading, columns: columns,
                rows: rows.map { Row(name: $0.name, cells: cells($0, count: columns.count)) },
                pooled: pooled.map { Row(name: "\($0.name) (pooled)", cells: cells($0, count: columns.count)) })
    }

    private static func cells(_ figures: PublishedWRES, count: Int) -> [Cell] {
        (1...max(count, 1)).map { indicator in
            figures.hasData ? Cell(text: figures.headlineText(indicator: indicator), flag: figures.flag(indicator: indicator)) : Cell(text: "no data", flag: nil)
        }
    }
}
