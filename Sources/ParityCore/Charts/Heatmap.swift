/// A scorecard as a grid: a row per scope, a column per indicator, each cell tinted,
/// patterned and marked with the shape of its flag and printing its figure, so that colour is
/// never the only signal. A pooled row (the region, a system) sits apart below the others.
public struct Heatmap: Sendable, Hashable {
    public struct Column: Sendable, Hashable {
        /// The indicator's number, "2".
        public var number: String
        /// Its short name, "Appointment".
        public var label: String

        public init(number: String, label: String) {
            self.number = number
            self.label = label
        }
    }

    public struct Cell: Sendable, Hashable {
        /// The figure as pages show it: "1.53", "+4.7 pts", "*", "n/a".
        public var text: String
        /// Nil for indicators that carry no flag.
        public var flag: Flag?

        public init(text: String, flag: Flag?) {
            self.text = text
            self.flag = flag
        }
    }

    public struct Row: Sendable, Hashable {
        public var name: String
        public var cells: [Cell]

        public init(name: String, cells: [Cell]) {
            self.name = name
            self.cells = cells
        }
    }

    public var id: String
    public var title: String
    /// What the rows are: "System", "Organisation".
    public var rowHeading: String
    public var columns: [Column]
    public var rows: [Row]
    /// The pooled figures of all the rows together, drawn last, apart.
    public var pooled: Row?

    public init(id: String, title: String, rowHeading: String, columns: [Column], rows: [Row], pooled: Row? = nil) {
        self.id = id
        self.title = title
        self.rowHeading = rowHeading
        self.columns = columns
        self.rows = rows
        self.pooled = pooled
    }
}

extension Heatmap {
    /// The chart drawn, with its summary and its table (the same grid as text).
    public func rendered() -> RenderedChart {
        RenderedChart(id: id, title: title, description: description, summary: summary, svg: svg, table: table)
    }

    var description: String {
        "Grid of \(rows.count) \(rowNoun(rows.count)) by \(columns.count) indicators. Each cell prints its figure and is tinted and marked by its flag: "
            + "adverse is red with hatching and a triangle, non-adverse green with a tick, favourable blue with dots and a diamond, "
            + "too few to conclude grey with a dashed circle, n/a outlined with a dash; indicators without a flag are plain. "
            + "An asterisk marks a figure withheld by disclosure control."
    }

    /// Which indicators are flagged adverse, and where.
    var summary: String {
        let flagged = columns.indices.filter { column in rows.contains { $0.cells[safe: column]?.flag != nil } }
        guard !rows.isEmpty, !flagged.isEmpty else { return "There are no flagged figures to compare." }
        var parts: [String] = []
        for column in flagged {
            let adverse = rows.filter { $0.cells[safe: column]?.flag == .adverse }.count
            if adverse > 0 { parts.append("indicator \(columns[column].number) (\(ChartText.inSentence(columns[column].label))) in \(adverse) of \(rows.count)") }
        }
        let noun = rowNoun(rows.count)
        var sentences = [parts.isEmpty ? "No \(rowHeading.lowercased()) is flagged adverse on any indicator."
            : "Adverse flags: \(IntervalChart.list(parts)) \(noun)."]
        if let pooled {
            let adverse = flagged.filter { pooled.cells[safe: $0]?.flag == .adverse }.map { columns[$0].number }
            sentences.append(adverse.isEmpty ? "\(pooled.name): flagged adverse on no indicator."
                : "\(pooled.name): flagged adverse on indicator\(adverse.count == 1 ? "" : "s") \(IntervalChart.list(adverse)).")
        }
        let withheld = rows.reduce(0) { $0 + $1.cells.filter { $0.text == "*" }.count }
        if withheld > 0 { sentences.append("\(withheld) figure\(withheld == 1 ? " is" : "s are") withheld by disclosure control (*).") }
        return sentences.joined(separator: " ")
    }

    /// What `count` rows are, in words: "system", "systems", "organisations or systems".
    func rowNoun(_ count: Int) -> String {
        rowHeading.lowercased().split(separator: " or ").map { count == 1 ? String($0) : $0 + "s" }.joined(separator: " or ")
    }

    /// The grid as text, each cell's flag in words beside its figure.
    var table: ChartTable {
        ChartTable(
            columns: [rowHeading] + columns.map { "\($0.number) \($0.label)" }, flagColumn: nil,
            rows: (rows + (pooled.map { [$0] } ?? [])).map { row in
                ChartTable.Row(heading: row.name, cells: row.cells.map { cell in
                    cell.flag.map { "\(cell.text) (\($0.label.lowercased()))" } ?? cell.text
                }, flag: nil)
            }
        )
    }
}
