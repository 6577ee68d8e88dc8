/// Figures with their 95% confidence intervals as whiskers, one column per category: a year
/// (a trend, points joined by a line) or a scope (a comparison). Relative likelihoods are
/// drawn over the non-adverse range, shaded, and the line of parity. A figure that is
/// withheld or undefined is a gap labelled with the reason, never a zero.
public struct IntervalChart: Sendable, Hashable {
    /// What the figures are, for the axis and their text.
    public enum Unit: Sendable, Hashable {
        /// A relative likelihood: "1.53".
        case ratio
        /// A percentage 0–100: "23.4%".
        case percent
        /// A difference in percentage points, with its sign: "+4.7 pts".
        case points
    }

    public enum Size: Sendable, Hashable {
        /// A page-wide chart with its key.
        case standard
        /// A small chart for a grid of several (a board report's trends), without a key.
        case compact
    }

    /// Why a figure is missing.
    public enum Missing: String, Sendable, Hashable {
        /// Disclosure control withholds it: shown "*".
        case withheld
        /// It cannot be computed (a zero base or divisor): shown "n/a".
        case undefined
        /// There is no return for it: shown "no data".
        case noData
    }

    public struct Point: Sendable, Hashable {
        public var value: Double?
        public var interval: ConfidenceInterval?
        public var flag: Flag?
        /// Why `value` is nil; ignored when it is not.
        public var missing: Missing

        public init(value: Double?, interval: ConfidenceInterval? = nil, flag: Flag? = nil, missing: Missing = .undefined) {
            self.value = value
            self.interval = value == nil ? nil : interval
            self.flag = flag
            self.missing = missing
        }
    }

    /// One line of figures, a point for each category in order.
    public struct Series: Sendable, Hashable {
        public var name: String
        public var points: [Point]

        public init(name: String, points: [Point]) {
            self.name = name
            self.points = points
        }
    }

    /// A line across the chart: parity (1.00) for a relative likelihood, no gap (0) for a
    /// difference.
    public struct Reference: Sendable, Hashable {
        public var value: Double
        public var label: String

        public init(value: Double, label: String) {
            self.value = value
            self.label = label
        }
    }

    public var id: String
    public var title: String
    /// What the categories are, heading the table's first column: "Year".
    public var categoryHeading: String
    /// The labels under each column: years, or short codes.
    public var categories: [String]
    /// Each category in full, for the table and the summary; the labels when nil.
    public var categoryNames: [String]?
    public var series: [Series]
    public var unit: Unit
    /// What the figures measure, above the axis: "Relative likelihood".
    public var valueLabel: String
    /// The non-adverse range, shaded.
    public var band: ClosedRange<Double>?
    public var reference: Reference?
    /// Whether points are joined by a line: a trend over years.
    public var connectsPoints: Bool
    public var size: Size

    public init(id: String, title: String, categoryHeading: String, categories: [String], categoryNames: [String]? = nil,
                series: [Series], unit: Unit, valueLabel: String, band: ClosedRange<Double>? = nil, reference: Reference? = nil,
                connectsPoints: Bool, size: Size = .standard) {
        self.id = id
        self.title = title
        self.categoryHeading = categoryHeading
        self.categories = categories
        self.categoryNames = categoryNames
        self.series = series
        self.unit = unit
        self.valueLabel = valueLabel
        self.band = band
        self.reference = reference
        self.connectsPoints = connectsPoints
        self.size = size
    }

    /// The category names in full.
    var names: [String] { categoryNames ?? categories }
}

extension IntervalChart.Unit {
    /// A figure as pages show it.
    func format(_ value: Double) -> String {
        switch self {
        case .ratio: DisplayFormat.ratio(value)
        case .percent: DisplayFormat.percent(value)
        case .points: DisplayFormat.signedPoints(value)
        }
    }

    /// An interval as pages show it.
    func format(_ interval: ConfidenceInterval) -> String {
        switch self {
        case .ratio: DisplayFormat.ratioRange(interval)
        case .percent: DisplayFormat.percentRange(interval)
        case .points: DisplayFormat.pointsRange(interval) + " pts"
        }
    }
}

extension IntervalChart.Missing {
    /// The mark tables use, as elsewhere on the pages.
    public var mark: String {
        switch self {
        case .withheld: "*"
        case .undefined: "n/a"
        case .noData: "no data"
        }
    }

    /// The words in the chart where the point would be.
    var gapLabel: String {
        switch self {
        case .withheld: "not published"
        case .undefined: "no figure"
        case .noData: "no return"
        }
    }

    /// The reason in a summary sentence.
    var summaryLead: String {
        switch self {
        case .withheld: "Not published (a count behind it is too small)"
        case .undefined: "No figure (it cannot be computed)"
        case .noData: "No return"
        }
    }
}
