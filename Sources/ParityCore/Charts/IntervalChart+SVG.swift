extension IntervalChart {
    /// The chart drawn, with its summary and table.
    public func rendered() -> RenderedChart {
        RenderedChart(id: id, title: title, description: description, summary: summary, svg: svg, table: table)
    }

    /// How the chart draws the figures, for its `<desc>`.
    var description: String {
        var parts = [connectsPoints
            ? "Line chart of \(ChartText.inSentence(valueLabel)) by \(categoryHeading.lowercased())"
            : "Chart of \(ChartText.inSentence(valueLabel)) for each \(categoryHeading.lowercased())"]
        if series.contains(where: { $0.points.contains { $0.interval != nil } }) { parts.append("vertical whiskers show 95% confidence intervals") }
        if let band { parts.append("the shaded band is the non-adverse range, \(unit.format(band.lowerBound)) to \(unit.format(band.upperBound))") }
        if let reference { parts.append("a dashed line marks \(ChartText.inSentence(reference.label))") }
        parts.append("missing figures are left as gaps and labelled")
        return parts.joined(separator: "; ") + "."
    }

    private struct Layout {
        let width: Double, left: Double, right: Double, top: Double, plotHeight: Double, markerRadius: Double, tickCount: Int

        var plotWidth: Double { width - left - right }
        var bottom: Double { top + plotHeight }

        init(_ size: Size) {
            switch size {
            case .standard: (width, left, right, top, plotHeight, markerRadius, tickCount) = (640, 64, 16, 32, 200, 5, 5)
            case .compact: (width, left, right, top, plotHeight, markerRadius, tickCount) = (320, 48, 10, 28, 150, 4.5, 4)
            }
        }
    }

    var svg: String {
        let layout = Layout(size)
        let (scale, ticks, clip) = verticalScale(layout)
        let step = layout.plotWidth / Double(max(categories.count, 1))
        func centre(_ index: Int) -> Double { layout.left + (Double(index) + 0.5) * step }
        func x(_ index: Int, series number: Int) -> Double {
            series.count > 1 ? centre(index) + (Double(number) - Double(series.count - 1) / 2) * 8 : centre(index)
        }
        let key = size == .standard ? keyItems : []
        let keyRows = KeyLayout.rows(key, width: layout.plotWidth)
        let height = layout.bottom + 30 + Double(keyRows.count) * 22 + (keyRows.isEmpty ? 0 : 8)
        return RenderedChart.svg(id: id, title: title, description: description, width: layout.width, height: height) { w in
            w.label(ChartText.truncated(valueLabel, width: layout.width - 8, size: 14), x: 4, y: layout.top - 14, class: "p-chart__label--secondary")
            if let band, band.upperBound >= scale.domain.lowerBound, band.lowerBound <= scale.domain.upperBound {
                let top = scale(scale.clamped(band.upperBound)), bottom = scale(scale.clamped(band.lowerBound))
                w.rect(x: layout.left, y: top, width: layout.plotWidth, height: bottom - top, class: "p-chart__band")
            }
            let tickStep = ticks.count > 1 ? ticks[1] - ticks[0] : 1
            for tick in ticks {
                w.line(x1: layout.left, y1: scale(tick), x2: layout.width - layout.right, y2: scale(tick), class: "p-chart__gridline")
                w.label(NiceTicks.label(tick, step: tickStep), x: layout.left - 8, y: scale(tick) + 5, anchor: "end", class: "p-chart__label--secondary")
            }
            if let reference, scale.domain.contains(reference.value) {
                w.line(x1: layout.left, y1: scale(reference.value), x2: layout.width - layout.right, y2: scale(reference.value), class: "p-chart__parity")
            }
            w.line(x1: layout.left, y1: layout.bottom, x2: layout.width - layout.right, y2: layout.bottom, class: "p-chart__axis")
            for (index, category) in categories.enumerated() {
                w.label(ChartText.truncated(category, width: step - 4, size: 14), x: centre(index), y: layout.bottom + 20, anchor: "middle")
            }
            for (number, line) in series.enumerated() {
                draw(line, number: number, scale: scale, clip: clip, layout: layout, x: { x($0, series: number) }, into: &w)
            }
            KeyLayout.draw(keyRows, left: layout.left, top: layout.bottom + 40, chart: id, into: &w)
        }
    }

    /// The vertical scale: every figure, the band and the reference line in view; intervals
    /// far beyond the figures are cut at `clip` and drawn open-ended.
    private func verticalScale(_ layout: Layout) -> (LinearScale, [Double], ClosedRange<Double>) {
        var core = series.flatMap { $0.points.compactMap(\.value) }
        if let band { core += [band.lowerBound, band.upperBound] }
        if let reference { core.append(reference.value) }
        if unit != .points { core.append(0) }
        if core.count < 2 { core += [0, 1] }
        let low = core.min()!, high = core.max()!
        let span = max(high - low, unit == .ratio ? 0.5 : 5)
        let clip = (unit == .points ? low - span : 0)...(unit == .percent ? min(high + span, 100) : high + span)
        let ends = series.flatMap { $0.points.compactMap(\.interval) }.flatMap { [clip.clamp($0.low), clip.clamp($0.high)] }
        let ticks = NiceTicks.ticks(covering: core + ends, count: layout.tickCount)
        return (LinearScale(domain: ticks.first!...ticks.last!, from: layout.bottom, to: layout.top), ticks, clip)
    }

    private func draw(_ line: Series, number: Int, scale: LinearScale, clip: ClosedRange<Double>, layout: Layout,
                      x: (Int) -> Double, into w: inout SVGWriter) {
        if connectsPoints {
            var run: [(Double, Double)] = []
            func flush() {
                if run.count > 1 { w.element("polyline", [("points", SVGWriter.points(run)), ("class", "p-chart__line p-chart__line--\(number)")]) }
                run = []
            }
            for (index, point) in line.points.prefix(categories.count).enumerated() {
                if let value = point.value { run.append((x(index), scale(value))) } else { flush() }
            }
            flush()
        }
        for (index, point) in line.points.enumerated() where index < categories.count {
            let cx = x(index)
            guard let value = point.value else {
                let gap = series.count > 1 ? "\(line.name): \(point.missing.gapLabel)" : point.missing.gapLabel
                w.label(gap, x: cx, y: layout.top + layout.plotHeight / 2 + Double(number) * 18, anchor: "middle", class: "p-chart__gap")
                continue
            }
            if let interval = point.interval {
                let low = clip.clamp(interval.low), high = clip.clamp(interval.high)
                w.line(x1: cx, y1: scale(low), x2: cx, y2: scale(high), class: "p-chart__interval")
                if low == interval.low { w.line(x1: cx - 5, y1: scale(low), x2: cx + 5, y2: scale(low), class: "p-chart__interval") }
                if high == interval.high { w.line(x1: cx - 5, y1: scale(high), x2: cx + 5, y2: scale(high), class: "p-chart__interval") }
            }
            Marker.draw(number, x: cx, y: scale(value), radius: layout.markerRadius, into: &w)
        }
    }

    private var keyItems: [KeyLayout.Item] {
        var items = series.enumerated().map { KeyLayout.Item(kind: .marker($0.offset), label: $0.element.name) }
        if series.contains(where: { $0.points.contains { $0.interval != nil } }) {
            items.append(.init(kind: .whisker, label: "95% confidence interval"))
        }
        if let band { items.append(.init(kind: .band, label: "Non-adverse range, \(unit.format(band.lowerBound)) to \(unit.format(band.upperBound))")) }
        if let reference { items.append(.init(kind: .line("p-chart__parity"), label: reference.label)) }
        return items
    }
}

private extension ClosedRange<Double> {
    func clamp(_ value: Double) -> Double { Swift.min(Swift.max(value, lowerBound), upperBound) }
}

/// The marks of a chart's series: a circle for the first, a square for the second.
enum Marker {
    static func draw(_ series: Int, x: Double, y: Double, radius: Double, into w: inout SVGWriter) {
        if series == 0 {
            w.element("circle", [("cx", SVGWriter.number(x)), ("cy", SVGWriter.number(y)), ("r", SVGWriter.number(radius)), ("class", "p-chart__point")])
        } else {
            w.rect(x: x - radius, y: y - radius, width: radius * 2, height: radius * 2, class: "p-chart__point p-chart__point--\(series)")
        }
    }
}
