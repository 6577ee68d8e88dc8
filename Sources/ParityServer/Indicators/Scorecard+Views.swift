import ParityCore

/// A row of the scorecard: one scope's headline figure and flag for each of the nine indicators.
struct ScorecardRowView: Encodable {
    var name: String
    var code: String
    var href: String?
    var reporting: Int
    var cells: [ScorecardCellView]

    init(_ figures: PublishedWRES, href: String?) {
        name = figures.name
        code = figures.code
        self.href = href
        reporting = figures.organisationsReporting
        cells = IndicatorColumnView.all.map { ScorecardCellView(figures, indicator: $0.number) }
    }
}

struct ScorecardCellView: Encodable {
    var text: String
    var flag: FlagView?

    init(_ figures: PublishedWRES, indicator: Int) {
        text = figures.hasData ? figures.headlineText(indicator: indicator) : "no data"
        flag = figures.hasData ? figures.flag(indicator: indicator).map(FlagView.init) : nil
    }
}

/// A flag as a tag: its text is always shown, so colour is never the only signal.
struct FlagView: Encodable {
    var label: String
    var modifier: String

    init(_ flag: Flag) {
        label = flag.label
        modifier = flag == .notApplicable ? "n-a" : flag.rawValue
    }
}

/// The scorecard's columns: each indicator's number, short name and what its figure is.
struct IndicatorColumnView: Encodable {
    var number: Int
    var short: String
    var measure: String

    static let all: [IndicatorColumnView] = [
        .init(number: 1, short: "BME staff", measure: "BME % of workforce"),
        .init(number: 2, short: "Appointment", measure: "relative likelihood, White ÷ BME"),
        .init(number: 3, short: "Disciplinary", measure: "relative likelihood, BME ÷ White"),
        .init(number: 4, short: "Training", measure: "relative likelihood, White ÷ BME"),
        .init(number: 5, short: "Harassment by public", measure: "gap, BME − White, points"),
        .init(number: 6, short: "Harassment by staff", measure: "gap, BME − White, points"),
        .init(number: 7, short: "Equal opportunities", measure: "gap, BME − White, points"),
        .init(number: 8, short: "Discrimination", measure: "gap, BME − White, points"),
        .init(number: 9, short: "Board", measure: "board − workforce BME %, points"),
    ]
}

struct YearOptionView: Encodable {
    var value: Int
    var selected: Bool

    static func options(_ years: [Int], chosen: Int?) -> [YearOptionView] {
        years.map { YearOptionView(value: $0, selected: $0 == chosen) }
    }
}

/// A scorecard drawn as a heatmap (`Heatmap.wresScorecard`), for a page whose scorecard
/// table already holds the data.
enum ScorecardChart {
    static func view(_ rows: [PublishedWRES], pooled: PublishedWRES, rowHeading: String, id: String, title: String) -> ChartView {
        var view = ChartView(Heatmap.wresScorecard(rows, pooled: pooled, columns: IndicatorColumnView.heatmapColumns, id: id, title: title,
                                                   rowHeading: rowHeading).rendered(), layout: .below)
        view.table = nil
        return view
    }
}

extension IndicatorColumnView {
    /// The nine indicators as a heatmap's columns.
    static let heatmapColumns = all.map { Heatmap.Column(number: String($0.number), label: $0.short) }
}
