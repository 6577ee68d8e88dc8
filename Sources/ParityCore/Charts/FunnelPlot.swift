/// Organisations' relative likelihoods against their size, with the control limits of
/// `FunnelLimits` around the pooled RL: a small organisation's RL swings widely by chance, so
/// only one beyond the limits for its size stands out. Outliers beyond the 99.8% limits are
/// labelled with their code. Organisations whose RL is withheld or undefined are listed, not
/// drawn.
public struct FunnelPlot: Sendable, Hashable {
    public struct Unit: Sendable, Hashable {
        public var name: String
        public var code: String
        /// The base of the RL, focus and reference groups together: shortlisted applicants, or
        /// headcount.
        public var size: Int?
        public var value: Double?
        public var missing: IntervalChart.Missing

        public init(name: String, code: String, size: Int?, value: Double?, missing: IntervalChart.Missing) {
            self.name = name
            self.code = code
            self.size = size
            self.value = value
            self.missing = missing
        }
    }

    public var id: String
    public var title: String
    /// What is plotted up the side: "Relative likelihood, White ÷ BME".
    public var valueLabel: String
    /// What the size is: "Shortlisted applicants (White and BME)".
    public var sizeLabel: String
    /// The pool the limits are drawn around: "Region, pooled".
    public var targetLabel: String
    public var limits: FunnelLimits
    public var units: [Unit]

    public init(id: String, title: String, valueLabel: String, sizeLabel: String, targetLabel: String, limits: FunnelLimits, units: [Unit]) {
        self.id = id
        self.title = title
        self.valueLabel = valueLabel
        self.sizeLabel = sizeLabel
        self.targetLabel = targetLabel
        self.limits = limits
        self.units = units
    }

    /// The drawn units with where each falls.
    var placed: [(unit: Unit, size: Int, value: Double, position: FunnelPosition)] {
        units.compactMap { unit in
            guard let size = unit.size, size > 0, let value = unit.value else { return nil }
            return (unit, size, value, limits.position(of: value, size: Double(size)))
        }
    }
}

extension FunnelPlot {
    public func rendered() -> RenderedChart {
        RenderedChart(id: id, title: title, description: description, summary: summary, svg: svg, table: table)
    }

    var description: String {
        "Funnel plot: each organisation's \(ChartText.inSentence(valueLabel)) (up) against its size, \(ChartText.inSentence(sizeLabel)) (across). "
            + "A solid line marks \(ChartText.inSentence(targetLabel)), \(DisplayFormat.ratio(limits.target)); dashed curves the 95% control limits "
            + "and solid curves the 99.8% limits, which narrow as organisations grow. Hollow circles lie within the limits, "
            + "filled circles between the 95% and 99.8% limits, and triangles, labelled with their code, beyond the 99.8% limits."
    }

    var summary: String {
        let placed = placed
        guard !placed.isEmpty else { return "No organisation has a published figure to plot." }
        func named(_ position: FunnelPosition) -> [String] {
            placed.filter { $0.position == position }.sorted { $0.value > $1.value }.map { "\($0.unit.name) (\(DisplayFormat.ratio($0.value)))" }
        }
        var sentences: [String] = []
        let above = named(.aboveControl), below = named(.belowControl)
        let outliers = above.count + below.count
        sentences.append(outliers == 0
            ? "All \(placed.count) organisations with a published figure lie within the 99.8% limits: none is an outlier."
            : "\(outliers) of \(placed.count) organisations with a published figure lie beyond the 99.8% limits.")
        if !above.isEmpty { sentences.append("Above: \(IntervalChart.list(above)).") }
        if !below.isEmpty { sentences.append("Below: \(IntervalChart.list(below)).") }
        let warning = placed.filter { $0.position == .aboveWarning || $0.position == .belowWarning }.count
        if warning > 0 { sentences.append("\(warning) more lie between the 95% and 99.8% limits, where 1 in 20 would by chance.") }
        let missing = units.count - placed.count
        if missing > 0 { sentences.append("\(missing) organisation\(missing == 1 ? "'s figure is" : "s' figures are") not published or cannot be computed.") }
        return sentences.joined(separator: " ")
    }

    /// Every organisation: outliers first, then those beyond the 95% limits, then the rest,
    /// then those not drawn.
    var table: ChartTable {
        let order: [FunnelPosition] = [.aboveControl, .belowControl, .aboveWarning, .belowWarning, .within]
        let placed = placed.sorted {
            (order.firstIndex(of: $0.position)!, -$0.value) < (order.firstIndex(of: $1.position)!, -$1.value)
        }
        let drawn = Set(placed.map(\.unit.code))
        let rows = placed.map { item in
            ChartTable.Row(heading: "\(item.unit.name) (\(item.unit.code))",
                           cells: [DisplayFormat.count(item.size), DisplayFormat.ratio(item.value), item.position.label], flag: nil)
        } + units.filter { !drawn.contains($0.code) }.map { unit in
            ChartTable.Row(heading: "\(unit.name) (\(unit.code))", cells: [unit.size.map(DisplayFormat.count) ?? "*", unit.missing.mark, "Not drawn"], flag: nil)
        }
        return ChartTable(columns: ["Organisation", sizeLabel, valueLabel, "Where it falls"], flagColumn: nil, rows: rows)
    }
}
