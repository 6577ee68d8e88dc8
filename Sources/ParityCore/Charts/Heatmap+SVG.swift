extension Heatmap {
    private static let labelWidth = 250.0, cellWidth = 100.0, cellHeight = 36.0, headerHeight = 58.0, pooledGap = 12.0

    var svg: String {
        let width = Self.labelWidth + Double(columns.count) * Self.cellWidth + 4
        let gridTop = Self.headerHeight
        let gridBottom = gridTop + Double(rows.count) * Self.cellHeight + (pooled == nil ? 0 : Self.pooledGap + Self.cellHeight)
        let key = KeyLayout.rows([
            .init(kind: .flag(.adverse), label: Flag.adverse.label), .init(kind: .flag(.nonAdverse), label: Flag.nonAdverse.label),
            .init(kind: .flag(.favourable), label: Flag.favourable.label), .init(kind: .flag(.tooFewToConclude), label: Flag.tooFewToConclude.label),
            .init(kind: .flag(.notApplicable), label: "n/a"), .init(kind: .flag(nil), label: "No flag (indicators 1 and 9)"),
        ], width: width - 8)
        let height = gridBottom + 24 + Double(key.count) * KeyLayout.rowHeight + 22
        return RenderedChart.svg(id: id, title: title, description: description, width: width, height: height, modifier: "wide") { w in
            FlagMark.patterns(chart: id, into: &w)
            w.label(rowHeading, x: 4, y: gridTop - 10, class: "p-chart__label--strong")
            for (index, column) in columns.enumerated() {
                let x = Self.labelWidth + Double(index) * Self.cellWidth + Self.cellWidth / 2
                w.label(column.number, x: x, y: 16, anchor: "middle", class: "p-chart__label--strong")
                for (line, text) in ChartText.wrapped(column.label, characters: 12).prefix(2).enumerated() {
                    w.label(text, x: x, y: 34 + Double(line) * 15, anchor: "middle", class: "p-chart__label--small")
                }
            }
            for (index, row) in rows.enumerated() {
                draw(row, top: gridTop + Double(index) * Self.cellHeight, strong: false, into: &w)
            }
            if let pooled {
                let top = gridTop + Double(rows.count) * Self.cellHeight + Self.pooledGap
                w.line(x1: 0, y1: top - Self.pooledGap / 2, x2: width, y2: top - Self.pooledGap / 2, class: "p-chart__axis")
                draw(pooled, top: top, strong: true, into: &w)
            }
            KeyLayout.draw(key, left: 4, top: gridBottom + 24, chart: id, into: &w)
            w.label("* a figure withheld by disclosure control; n/a a figure that cannot be computed",
                    x: 4, y: gridBottom + 24 + Double(key.count) * KeyLayout.rowHeight + 6, class: "p-chart__label--secondary p-chart__label--small")
        }
    }

    /// A row's name on at most two lines, the second cut short when it does not fit; the
    /// table below the chart has it in full.
    static func nameLines(_ name: String) -> [String] {
        let width = labelWidth - 12
        let lines = ChartText.wrapped(name, characters: Int(width / (13 * 0.56)))
        guard lines.count > 2 else { return lines.map { ChartText.truncated($0, width: width, size: 13) } }
        return [lines[0], ChartText.truncated(lines[1...].joined(separator: " "), width: width, size: 13)]
    }

    private func draw(_ row: Row, top: Double, strong: Bool, into w: inout SVGWriter) {
        let lines = Self.nameLines(row.name)
        for (number, line) in lines.enumerated() {
            let y = top + Self.cellHeight / 2 + 5 + (Double(number) - Double(lines.count - 1) / 2) * 15
            w.label(line, x: 4, y: y, class: "p-chart__label--small" + (strong ? " p-chart__label--strong" : ""))
        }
        for (index, cell) in row.cells.prefix(columns.count).enumerated() {
            let x = Self.labelWidth + Double(index) * Self.cellWidth
            FlagMark.swatch(cell.flag, chart: id, x: x + 1, y: top + 1, width: Self.cellWidth - 2, height: Self.cellHeight - 2, into: &w)
            if let flag = cell.flag { FlagMark.symbol(flag, x: x + 13, y: top + Self.cellHeight / 2, size: 11, into: &w) }
            w.label(ChartText.truncated(cell.text, width: Self.cellWidth - 26, size: 13), x: x + Self.cellWidth - 6, y: top + Self.cellHeight / 2 + 5,
                    anchor: "end", class: "p-chart__cell-text")
        }
    }
}
