/// A chart ready for a page: the SVG, and the words and the table that say the same thing,
/// so that no reader depends on seeing the picture.
public struct RenderedChart: Sendable, Hashable {
    /// Unique on its page: the SVG's own ids (title, description, patterns) start with it.
    public let id: String
    /// What the chart shows, for the figure's caption and the SVG's `<title>`.
    public let title: String
    /// How the chart draws the figures, for the SVG's `<desc>`.
    public let description: String
    /// What the figures say, in a sentence or two, shown beside the chart.
    public let summary: String
    public let svg: String
    /// The figures drawn, as a table; nil when the page shows them in a table of its own.
    public let table: ChartTable?
}

/// The data behind a chart, as text: each row's heading, its cells, and an optional flag.
public struct ChartTable: Sendable, Hashable {
    public struct Row: Sendable, Hashable {
        public let heading: String
        public let cells: [String]
        public let flag: Flag?
    }

    /// Column headings; the first heads the row headings.
    public let columns: [String]
    /// The heading of a last column holding each row's flag; nil when the table has none.
    public let flagColumn: String?
    public let rows: [Row]
}

extension RenderedChart {
    /// Wraps a chart's drawing in its `<svg>` element: `role="img"` labelled by its
    /// `<title>` and `<desc>`, a viewBox of `width` × `height` and the chart's class.
    static func svg(id: String, title: String, description: String, width: Double, height: Double,
                    modifier: String? = nil, body: (inout SVGWriter) -> Void) -> String {
        var writer = SVGWriter()
        writer.open("svg", [
            ("xmlns", "http://www.w3.org/2000/svg"), ("class", "p-chart__svg" + (modifier.map { " p-chart__svg--\($0)" } ?? "")),
            ("viewBox", "0 0 \(SVGWriter.number(width)) \(SVGWriter.number(height))"), ("role", "img"),
            ("aria-labelledby", "\(id)-title \(id)-desc"), ("focusable", "false"),
        ])
        writer.text("title", [("id", "\(id)-title")], title)
        writer.text("desc", [("id", "\(id)-desc")], description)
        body(&writer)
        writer.close("svg")
        return writer.markup
    }
}
