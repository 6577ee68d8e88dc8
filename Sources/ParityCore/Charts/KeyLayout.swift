/// A chart's key, drawn inside the SVG so that it travels with the chart (into a PDF, a
/// saved image): each mark beside its words, in rows that wrap to the chart's width.
enum KeyLayout {
    struct Item {
        enum Kind {
            /// The mark of a chart's series (`Marker`).
            case marker(Int)
            /// A confidence interval's whisker.
            case whisker
            /// The shaded non-adverse range.
            case band
            /// A line across the chart, drawn with `class`.
            case line(String)
            /// A scorecard cell's tint, pattern and shape.
            case flag(Flag?)
            /// A funnel plot's mark for a position.
            case position(FunnelPosition)
            /// A bar.
            case bar
        }

        var kind: Kind
        var label: String
    }

    static let rowHeight = 22.0
    private static let textSize = 13.0

    /// `items` placed in rows no wider than `width`: each item with its offset from the left.
    static func rows(_ items: [Item], width: Double) -> [[(Item, Double)]] {
        var rows: [[(Item, Double)]] = []
        var row: [(Item, Double)] = []
        var x = 0.0
        for item in items {
            let extent = 26 + ChartText.width(item.label, size: textSize)
            if x > 0, x + extent > width {
                rows.append(row)
                (row, x) = ([], 0)
            }
            row.append((item, x))
            x += extent + 18
        }
        if !row.isEmpty { rows.append(row) }
        return rows
    }

    /// Draws `rows` from (`left`, `top`); patterns come from the chart `chart`.
    static func draw(_ rows: [[(Item, Double)]], left: Double, top: Double, chart: String, into w: inout SVGWriter) {
        guard !rows.isEmpty else { return }
        w.open("g", [("class", "p-chart__key-items")])
        for (number, row) in rows.enumerated() {
            let y = top + Double(number) * rowHeight
            for (item, offset) in row {
                let x = left + offset
                mark(item.kind, x: x, y: y, chart: chart, into: &w)
                w.label(item.label, x: x + 26, y: y + 5, class: "p-chart__key-label")
            }
        }
        w.close("g")
    }

    /// The mark of `kind` in a 20 × 14 box whose left edge is `x`, centred on `y`.
    private static func mark(_ kind: Item.Kind, x: Double, y: Double, chart: String, into w: inout SVGWriter) {
        switch kind {
        case let .marker(series):
            Marker.draw(series, x: x + 10, y: y, radius: 5, into: &w)
        case .whisker:
            w.line(x1: x + 10, y1: y - 7, x2: x + 10, y2: y + 7, class: "p-chart__interval")
            w.line(x1: x + 6, y1: y - 7, x2: x + 14, y2: y - 7, class: "p-chart__interval")
            w.line(x1: x + 6, y1: y + 7, x2: x + 14, y2: y + 7, class: "p-chart__interval")
        case .band:
            w.rect(x: x, y: y - 7, width: 20, height: 14, class: "p-chart__band p-chart__band--key")
        case let .line(name):
            w.line(x1: x, y1: y, x2: x + 20, y2: y, class: name)
        case let .flag(flag):
            FlagMark.swatch(flag, chart: chart, x: x, y: y - 8, width: 20, height: 16, into: &w)
            if let flag { FlagMark.symbol(flag, x: x + 10, y: y, size: 10, into: &w) }
        case let .position(position):
            FunnelMarker.draw(position, x: x + 10, y: y, into: &w)
        case .bar:
            w.rect(x: x, y: y - 6, width: 20, height: 12, class: "p-chart__bar")
        }
    }
}
