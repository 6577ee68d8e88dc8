import ParityCore

/// A chart as a page shows it (`partials/chart.leaf`): a figure with its caption, the SVG,
/// the summary in words and the data table beside it.
struct ChartView: Encodable {
    /// Where the data table goes: beside the chart on wide screens when it is short, below
    /// it otherwise.
    enum Layout: String, Encodable {
        case beside
        case below
    }

    struct TableView: Encodable {
        struct Row: Encodable {
            var heading: String
            var cells: [String]
            var flag: FlagView?
        }

        var columns: [String]
        var flagColumn: String?
        var rows: [Row]
    }

    var id: String
    var caption: String
    var svg: String
    var summary: String
    var table: TableView?
    var layout: Layout
    /// Long tables (a funnel plot's every organisation) open on request.
    var collapsesTable: Bool

    init(_ chart: RenderedChart, layout: Layout = .beside) {
        id = chart.id
        caption = chart.title
        svg = chart.svg
        summary = chart.summary
        table = chart.table.map { table in
            TableView(columns: table.columns, flagColumn: table.flagColumn,
                      rows: table.rows.map { .init(heading: $0.heading, cells: $0.cells, flag: $0.flag.map(FlagView.init)) })
        }
        self.layout = layout
        collapsesTable = (chart.table?.rows.count ?? 0) > 12
    }
}
