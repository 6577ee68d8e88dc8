import Foundation // pow

extension FunnelPlot {
    private static let width = 640.0, left = 64.0, right = 16.0, top = 32.0, plotHeight = 280.0

    var svg: String {
        let placed = placed
        let plotWidth = Self.width - Self.left - Self.right, bottom = Self.top + Self.plotHeight
        let xTicks = NiceTicks.ticks(covering: [0] + placed.map { Double($0.size) }, count: 5)
        let smallest = Double(placed.map(\.size).min() ?? 1)
        let ceiling = min(limits.limits(size: smallest, z: FunnelLimits.controlZ).upperBound, limits.target * 3)
        let yTicks = NiceTicks.ticks(covering: [0, 1, limits.target, ceiling] + placed.map(\.value), count: 6)
        let x = LinearScale(domain: xTicks.first!...xTicks.last!, from: Self.left, to: Self.left + plotWidth)
        let y = LinearScale(domain: yTicks.first!...yTicks.last!, from: bottom, to: Self.top)
        let key = KeyLayout.rows([
            .init(kind: .line("p-chart__target"), label: "\(targetLabel), \(DisplayFormat.ratio(limits.target))"),
            .init(kind: .line("p-chart__parity"), label: "Parity, 1.00"),
            .init(kind: .line("p-chart__limit p-chart__limit--95"), label: "95% limits"),
            .init(kind: .line("p-chart__limit p-chart__limit--998"), label: "99.8% limits"),
            .init(kind: .position(.within), label: "Within"),
            .init(kind: .position(.aboveWarning), label: "Beyond 95%"),
            .init(kind: .position(.aboveControl), label: "Beyond 99.8%: outlier"),
        ], width: plotWidth)
        let keyTop = bottom + 58
        let height = keyTop + Double(key.count) * KeyLayout.rowHeight + 4
        return RenderedChart.svg(id: id, title: title, description: description, width: Self.width, height: height) { w in
            w.label(valueLabel, x: 4, y: Self.top - 14, class: "p-chart__label--secondary")
            let yStep = yTicks.count > 1 ? yTicks[1] - yTicks[0] : 1, xStep = xTicks.count > 1 ? xTicks[1] - xTicks[0] : 1
            for tick in yTicks {
                w.line(x1: Self.left, y1: y(tick), x2: Self.left + plotWidth, y2: y(tick), class: "p-chart__gridline")
                w.label(NiceTicks.label(tick, step: yStep), x: Self.left - 8, y: y(tick) + 5, anchor: "end", class: "p-chart__label--secondary")
            }
            for tick in xTicks {
                w.label(NiceTicks.label(tick, step: xStep), x: x(tick), y: bottom + 20, anchor: "middle", class: "p-chart__label--secondary")
            }
            w.label(sizeLabel, x: Self.left + plotWidth / 2, y: bottom + 42, anchor: "middle", class: "p-chart__label--secondary")
            w.line(x1: Self.left, y1: bottom, x2: Self.left + plotWidth, y2: bottom, class: "p-chart__axis")
            if y.domain.contains(1) { w.line(x1: Self.left, y1: y(1), x2: Self.left + plotWidth, y2: y(1), class: "p-chart__parity") }
            w.line(x1: Self.left, y1: y(limits.target), x2: Self.left + plotWidth, y2: y(limits.target), class: "p-chart__target")
            for (z, name) in [(FunnelLimits.warningZ, "p-chart__limit p-chart__limit--95"), (FunnelLimits.controlZ, "p-chart__limit p-chart__limit--998")] {
                for side in [true, false] {
                    let curve = self.curve(z: z, upper: side, xMax: x.domain.upperBound, yMax: y.domain.upperBound)
                    if curve.count > 1 {
                        w.element("polyline", [("points", SVGWriter.points(curve.map { (x($0.0), y($0.1)) })), ("class", name)])
                    }
                }
            }
            for item in placed.sorted(by: { $0.position == .within && $1.position != .within }) {
                FunnelMarker.draw(item.position, x: x(Double(item.size)), y: y(item.value), into: &w)
            }
            let outliers = placed.filter(\.position.isOutlier).map { (text: $0.unit.code, x: x(Double($0.size)), y: y($0.value)) }
            for label in Self.labelPlaces(outliers) {
                w.label(label.text, x: label.x, y: label.y, class: "p-chart__label--strong p-chart__label--small")
            }
            KeyLayout.draw(key, left: Self.left, top: keyTop, chart: id, into: &w)
        }
    }

    /// Where each outlier's code goes: beside its mark, moved up or down past the codes
    /// already placed so that none overlaps another.
    static func labelPlaces(_ marks: [(text: String, x: Double, y: Double)]) -> [(text: String, x: Double, y: Double)] {
        var placed: [(text: String, x: Double, y: Double)] = []
        for mark in marks.sorted(by: { ($0.x, $0.y) < ($1.x, $1.y) }) {
            let width = ChartText.width(mark.text, size: 13)
            let candidates = [-7.0, 18, -22, 33, -37, 48].map { (text: mark.text, x: mark.x + 9, y: mark.y + $0) }
            let free = candidates.first { candidate in
                !placed.contains { other in
                    abs(other.y - candidate.y) < 14 && candidate.x < other.x + ChartText.width(other.text, size: 13) + 2 && other.x < candidate.x + width + 2
                }
            }
            placed.append(free ?? candidates[0])
        }
        return placed
    }

    /// Points along one limit, from where it enters the plot to `xMax`, closer together where
    /// it bends most (small sizes).
    private func curve(z: Double, upper: Bool, xMax: Double, yMax: Double) -> [(Double, Double)] {
        let start = max(limits.size(whereUpperLimitIs: yMax, z: z), xMax / 1000)
        guard start < xMax else { return [] }
        return (0...60).map { step in
            let size = start * pow(xMax / start, Double(step) / 60)
            let range = limits.limits(size: size, z: z)
            return (size, upper ? range.upperBound : range.lowerBound)
        }
    }
}

/// How a funnel plot marks an organisation: a hollow circle within the limits, a filled
/// circle beyond the 95% limits, a triangle pointing the way it lies beyond the 99.8% limits.
enum FunnelMarker {
    static func draw(_ position: FunnelPosition, x: Double, y: Double, into w: inout SVGWriter) {
        switch position {
        case .within:
            w.element("circle", [("cx", SVGWriter.number(x)), ("cy", SVGWriter.number(y)), ("r", "4.5"), ("class", "p-chart__unit p-chart__unit--within")])
        case .aboveWarning, .belowWarning:
            w.element("circle", [("cx", SVGWriter.number(x)), ("cy", SVGWriter.number(y)), ("r", "5"), ("class", "p-chart__unit p-chart__unit--warning")])
        case .aboveControl:
            w.element("polygon", [("points", SVGWriter.points([(x, y - 7), (x + 7, y + 5), (x - 7, y + 5)])), ("class", "p-chart__unit p-chart__unit--outlier")])
        case .belowControl:
            w.element("polygon", [("points", SVGWriter.points([(x, y + 7), (x + 7, y - 5), (x - 7, y - 5)])), ("class", "p-chart__unit p-chart__unit--outlier")])
        }
    }
}
