extension BarChart {
    /// WRES indicator 1 as published: the BME share of every workforce and grade with staff,
    /// against the BME share of the whole workforce. A share disclosure control withholds
    /// (a count under 5 behind it) is a gap, never a bar.
    public static func wresRepresentation(_ figures: PublishedWRES, id: String) -> BarChart {
        let representation = figures.representation
        let bars = representation.rows.filter { $0.total != .value(0) }.map { row in
            Bar(group: row.workforce.label, label: row.grade.label, value: row.percents[.bme], missing: .withheld)
        }
        return BarChart(id: id, title: "Workforce by pay band, \(figures.name) in \(figures.year): BME share of each grade",
                        valueLabel: "BME share of the grade", bars: bars, reference: representation.overallPercents[.bme],
                        referenceLabel: "Whole workforce")
    }
}
