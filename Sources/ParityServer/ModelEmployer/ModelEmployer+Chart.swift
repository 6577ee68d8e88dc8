import ParityCore

/// A small line chart of one band's BME share, actual against the goal path, drawn as inline
/// SVG with presentation attributes only (the content security policy forbids inline styles).
/// The path table beside it carries the same numbers for anyone who cannot see the chart.
struct BandChartView: Encodable {
    static let width = 320.0
    static let height = 160.0
    static let margin = 24.0

    var id: String
    var title: String
    var description: String
    var goalPoints: String
    var actualPoints: String
    var dots: [Dot]
    var yTop: String
    var firstYear: Int
    var lastYear: Int

    struct Dot: Encodable {
        var x: String
        var y: String
    }

    /// Nil when the band has neither a published goal nor a published actual share.
    init?(_ band: PublishedModelEmployer.Band) {
        let goals = band.path.compactMap { point in point.goalPercent.map { (point.year, $0) } }
        let actuals = band.path.compactMap { point in point.actualPercent.map { (point.year, $0) } }
        guard let first = band.path.first?.year, let last = band.path.last?.year, !(goals.isEmpty && actuals.isEmpty) else { return nil }
        let highest = (goals + actuals).map(\.1).max() ?? 0
        let top = max(10, (highest / 10).rounded(.up) * 10)
        let span = Double(max(last - first, 1))
        func x(_ year: Int) -> String { DisplayFormat.decimal(Self.margin + Double(year - first) / span * (Self.width - 2 * Self.margin), places: 1) }
        func y(_ percent: Double) -> String { DisplayFormat.decimal(Self.height - Self.margin - percent / top * (Self.height - 2 * Self.margin), places: 1) }
        id = "chart-" + band.band.rawValue
        title = "\(band.band.label): BME share against the Model Employer goal"
        description = "Goal from \(goals.first.map { DisplayFormat.percent($0.1) } ?? "withheld") in \(first) to "
            + "\(goals.last.map { DisplayFormat.percent($0.1) } ?? "withheld") in \(last); actual "
            + (actuals.isEmpty ? "withheld or not reported." : actuals.map { "\($0.0) \(DisplayFormat.percent($0.1))" }.joined(separator: ", ") + ".")
        goalPoints = goals.map { "\(x($0.0)),\(y($0.1))" }.joined(separator: " ")
        actualPoints = actuals.map { "\(x($0.0)),\(y($0.1))" }.joined(separator: " ")
        dots = actuals.map { Dot(x: x($0.0), y: y($0.1)) }
        yTop = DisplayFormat.percent(top)
        firstYear = first
        lastYear = last
    }
}
