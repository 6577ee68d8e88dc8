/// Shares as horizontal bars, one per grade and grouped by workforce, against a dashed line
/// at the share of the whole workforce: WRES indicator 1, where BME staff are more or less
/// represented than overall. A share that is withheld or undefined is a labelled gap.
public struct BarChart: Sendable, Hashable {
    public struct Bar: Sendable, Hashable {
        /// The bars' group: "Non-clinical".
        public var group: String
        public var label: String
        /// Percent, 0–100.
        public var value: Double?
        public var missing: IntervalChart.Missing

        public init(group: String, label: String, value: Double?, missing: IntervalChart.Missing) {
            self.group = group
            self.label = label
            self.value = value
            self.missing = missing
        }
    }

    public var id: String
    public var title: String
    /// What each bar is: "BME share of the grade".
    public var valueLabel: String
    public var bars: [Bar]
    /// The share of the whole, percent.
    public var reference: Double?
    /// What the reference is: "Whole workforce".
    public var referenceLabel: String

    public init(id: String, title: String, valueLabel: String, bars: [Bar], reference: Double?, referenceLabel: String) {
        self.id = id
        self.title = title
        self.valueLabel = valueLabel
        self.bars = bars
        self.reference = reference
        self.referenceLabel = referenceLabel
    }
}

extension BarChart {
    public func rendered() -> RenderedChart {
        RenderedChart(id: id, title: title, description: description, summary: summary, svg: svg, table: table)
    }

    var description: String {
        "Horizontal bar chart: \(ChartText.inSentence(valueLabel)) for each grade, grouped by workforce"
            + (reference == nil ? "" : ", with a dashed line at the share of the \(referenceLabel.lowercased())")
            + "; grades whose share is not published or cannot be computed are labelled instead of drawn."
    }

    var summary: String {
        let shown = bars.compactMap { bar in bar.value.map { (bar, $0) } }
        var sentences: [String] = []
        if let reference { sentences.append("BME staff are \(DisplayFormat.percent(reference)) of the \(referenceLabel.lowercased()).") }
        if let lowest = shown.min(by: { $0.1 < $1.1 }), let highest = shown.max(by: { $0.1 < $1.1 }) {
            if let reference {
                let below = shown.filter { $0.1 < reference }.count
                sentences.append("Of \(shown.count) grades with a published share, \(below) \(below == 1 ? "is" : "are") below it.")
            }
            sentences.append("The lowest share is \(lowest.0.group), \(lowest.0.label) (\(DisplayFormat.percent(lowest.1))); the highest \(highest.0.group), \(highest.0.label) (\(DisplayFormat.percent(highest.1))).")
        } else {
            sentences.append("No grade has a published share.")
        }
        let missing = bars.count - shown.count
        if missing > 0 { sentences.append("\(missing) grade\(missing == 1 ? "'s share is" : "s' shares are") not published or cannot be computed.") }
        return sentences.joined(separator: " ")
    }

    var table: ChartTable {
        ChartTable(
            columns: ["Grade", valueLabel] + (reference == nil ? [] : ["Difference from the \(referenceLabel.lowercased()), points"]), flagColumn: nil,
            rows: bars.map { bar in
                let share = bar.value.map(DisplayFormat.percent) ?? bar.missing.mark
                let difference = both(bar.value, reference).map { DisplayFormat.signedPoints($0.0 - $0.1) } ?? "–"
                return ChartTable.Row(heading: "\(bar.group): \(bar.label)", cells: [share] + (reference == nil ? [] : [difference]), flag: nil)
            }
        )
    }
}

private func both<A, B>(_ a: A?, _ b: B?) -> (A, B)? {
    guard let a, let b else { return nil }
    return (a, b)
}
