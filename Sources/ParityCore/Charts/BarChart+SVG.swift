extension BarChart {
    private static let width = 640.0, labelWidth = 210.0, right = 64.0, top = 44.0, rowHeight = 22.0, groupHeight = 28.0

    var svg: String {
        let plotLeft = Self.labelWidth, plotWidth = Self.width - Self.labelWidth - Self.right
        let ticks = NiceTicks.ticks(covering: [0] + bars.compactMap(\.value) + (reference.map { [$0] } ?? []), count: 5)
        let x = LinearScale(domain: 0...min(ticks.last!, 100), from: plotLeft, to: plotLeft + plotWidth)
        var rows: [(kind: RowKind, y: Double)] = []
        var y = Self.top
        for bar in bars {
            if rows.last.map({ row in if case let .bar(previous) = row.kind { previous.group != bar.group } else { false } }) ?? true {
                rows.append((.group(bar.group), y + 18))
                y += Self.groupHeight
            }
            rows.append((.bar(bar), y + Self.rowHeight / 2))
            y += Self.rowHeight
        }
        let bottom = y + 4
        let key = KeyLayout.rows([.init(kind: .bar, label: valueLabel)]
            + (reference.map { [.init(kind: .line("p-chart__parity"), label: "\(referenceLabel), \(DisplayFormat.percent($0))")] } ?? []),
            width: Self.width - 8)
        let height = bottom + 60 + Double(key.count) * KeyLayout.rowHeight
        return RenderedChart.svg(id: id, title: title, description: description, width: Self.width, height: height) { w in
            let step = ticks.count > 1 ? ticks[1] - ticks[0] : 1
            for tick in ticks where tick <= x.domain.upperBound {
                w.line(x1: x(tick), y1: Self.top - 6, x2: x(tick), y2: bottom, class: "p-chart__gridline")
                w.label(NiceTicks.label(tick, step: step) + "%", x: x(tick), y: bottom + 20, anchor: "middle", class: "p-chart__label--secondary")
            }
            w.line(x1: plotLeft, y1: Self.top - 6, x2: plotLeft, y2: bottom, class: "p-chart__axis")
            for row in rows {
                switch row.kind {
                case let .group(name):
                    w.label(name, x: 4, y: row.y, class: "p-chart__label--strong")
                case let .bar(bar):
                    w.label(ChartText.truncated(bar.label, width: Self.labelWidth - 24, size: 14), x: 16, y: row.y + 5)
                    if let value = bar.value {
                        w.rect(x: plotLeft, y: row.y - 7, width: x(min(value, 100)) - plotLeft, height: 14, class: "p-chart__bar")
                        w.label(DisplayFormat.percent(value), x: x(min(value, 100)) + 4, y: row.y + 5, class: "p-chart__label--small p-chart__value")
                    } else {
                        w.label(bar.missing.gapLabel, x: plotLeft + 6, y: row.y + 5, class: "p-chart__gap")
                    }
                }
            }
            if let reference {
                w.line(x1: x(reference), y1: Self.top - 10, x2: x(reference), y2: bottom, class: "p-chart__parity")
                w.label("\(referenceLabel), \(DisplayFormat.percent(reference))", x: min(max(x(reference), plotLeft + 80), Self.width - 90), y: Self.top - 16,
                        anchor: "middle", class: "p-chart__label--small")
            }
            w.label(valueLabel, x: plotLeft + plotWidth / 2, y: bottom + 40, anchor: "middle", class: "p-chart__label--secondary")
            KeyLayout.draw(key, left: 4, top: bottom + 60, chart: id, into: &w)
        }
    }

    private enum RowKind {
        case group(String)
        case bar(Bar)
    }
}
