/// The evidence of a case study's impact, read from the organisation's own returns rather
/// than from its author (issue 7, good practice library): an indicator's published figure
/// from the last return on or before the work started and from the newest return after it.
public struct GoodPracticeEvidence: Sendable, Hashable, Codable {
    /// The WRES indicator, 1–9.
    public let indicator: Int
    /// The latest return whose data date (31 March) is on or before the start; nil when none.
    public let before: Point?
    /// The newest return whose data date is after the start; nil when none yet.
    public let after: Point?
    public let direction: Direction
    /// What the evidence says, in one sentence a page can show as it is.
    public let sentence: String

    public init(indicator: Int, before: Point?, after: Point?, direction: Direction, sentence: String) {
        self.indicator = indicator
        self.before = before
        self.after = after
        self.direction = direction
        self.sentence = sentence
    }

    /// One year's figure of the indicator as the reader may see it.
    public struct Point: Sendable, Hashable, Codable {
        /// The WRES year: data as at 31 March of this year.
        public let year: Int
        /// The unrounded figure in the indicator's units; nil when undefined or withheld.
        public let value: Double?
        /// The figure as the page shows it: "1.53", "+4.7 pts", "12.5%", "*" when withheld,
        /// "n/a" when undefined.
        public let text: String

        public init(year: Int, value: Double?, text: String) {
            self.year = year
            self.value = value
            self.text = text
        }

        /// True when disclosure control hid a figure that exists.
        public var isWithheld: Bool { text == "*" }
    }

    /// Which way an indicator moved for BME staff (rules: `Direction.between`).
    public enum Direction: String, Sendable, Hashable, Codable, CaseIterable {
        case improved
        case worsened
        case unchanged
        case notComparable = "not-comparable"

        /// The words a sentence or badge uses: "improved", "not comparable".
        public var label: String {
            switch self {
            case .improved: "improved"
            case .worsened: "worsened"
            case .unchanged: "unchanged"
            case .notComparable: "not comparable"
            }
        }
    }
}
