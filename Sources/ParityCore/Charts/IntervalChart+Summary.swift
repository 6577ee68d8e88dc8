extension IntervalChart {
    /// What the figures say, in words: for a trend, the newest figure with its interval and
    /// flag and the oldest for comparison; for a comparison, the highest and lowest and those
    /// flagged adverse. Then which figures are missing, and why.
    var summary: String {
        guard let first = series.first else { return "There are no figures to chart." }
        let names = names
        let points = Array(first.points.prefix(names.count).enumerated())
        let defined = points.compactMap { index, point in point.value.map { (names[index], $0, point) } }
        var sentences: [String] = []
        if defined.isEmpty {
            sentences.append("There is no \(ChartText.inSentence(first.name)) to chart.")
        } else if connectsPoints {
            let (newestName, newest, point) = defined.last!
            var sentence = "In \(newestName) the \(ChartText.inSentence(first.name)) was \(unit.format(newest))"
            if let interval = point.interval { sentence += " (95% CI \(unit.format(interval)))" }
            if let flag = point.flag, flag != .notApplicable { sentence += ": \(flag.label.lowercased())" }
            sentences.append(sentence + ".")
            if defined.count > 1 { sentences.append("In \(defined[0].0) it was \(unit.format(defined[0].1)).") }
            for other in series.dropFirst() {
                if let index = other.points.prefix(names.count).lastIndex(where: { $0.value != nil }) {
                    sentences.append("\(other.name): \(unit.format(other.points[index].value!)) in \(names[index]).")
                }
            }
        } else {
            let highest = defined.max { $0.1 < $1.1 }!, lowest = defined.min { $0.1 < $1.1 }!
            sentences.append(defined.count == 1
                ? "\(highest.0): \(unit.format(highest.1))."
                : "Highest: \(highest.0), \(unit.format(highest.1)). Lowest: \(lowest.0), \(unit.format(lowest.1)).")
            let adverse = defined.filter { $0.2.flag == .adverse }.map(\.0)
            if !adverse.isEmpty { sentences.append("Adverse: \(Self.list(adverse)).") }
        }
        for reason in [Missing.withheld, .undefined, .noData] {
            let missing = points.filter { $0.element.value == nil && $0.element.missing == reason }.map { names[$0.offset] }
            if !missing.isEmpty { sentences.append("\(reason.summaryLead): \(Self.list(missing)).") }
        }
        return sentences.joined(separator: " ")
    }

    /// The figures drawn: a row per category; a column per series, with its interval when
    /// it has one, and the first series' flag.
    var table: ChartTable {
        let withInterval = series.map { $0.points.contains { $0.interval != nil } }
        let flagged = series.first?.points.contains { $0.flag != nil } ?? false
        var columns = [categoryHeading]
        for (line, interval) in zip(series, withInterval) {
            columns.append(line.name)
            if interval { columns.append("95% CI") }
        }
        let rows = names.enumerated().map { index, name in
            var cells: [String] = []
            for (line, interval) in zip(series, withInterval) {
                let point = line.points.indices.contains(index) ? line.points[index] : Point(value: nil, missing: .noData)
                cells.append(point.value.map(unit.format) ?? point.missing.mark)
                if interval { cells.append(point.interval.map(unit.format) ?? "–") }
            }
            return ChartTable.Row(heading: name, cells: cells, flag: flagged ? series[0].points[safe: index]?.flag : nil)
        }
        return ChartTable(columns: columns, flagColumn: flagged ? "Flag" : nil, rows: rows)
    }

    /// "A", "A and B", "A, B and C".
    static func list(_ items: [String]) -> String {
        guard items.count > 1 else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + " and " + items.last!
    }
}

extension Array {
    subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}
