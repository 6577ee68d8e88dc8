/// A measurable target bound to the returns: the figure, the side of the value it must fall
/// on and the return year it is judged on. It is met or not by evaluation against the
/// year's WRES report or Model Employer plan (`TargetEvaluation`), never by hand.
public struct Target: Sendable, Hashable, Codable {
    public var measure: TargetMeasure
    public var comparison: TargetComparison
    /// The threshold, in the measure's units (ratio, percent 0–100 or points), unrounded.
    public var value: Double
    /// The WRES year whose return the target is judged on (data as at 31 March).
    public var year: Int
    /// The target in words: "WRES indicator 2 relative likelihood ≤ 1.25 in the 2027 return".
    public var text: String

    /// A target; `text` is generated from the rest (`describe`) unless given.
    public init(measure: TargetMeasure, comparison: TargetComparison, value: Double, year: Int, text: String? = nil) {
        self.measure = measure
        self.comparison = comparison
        self.value = value
        self.year = year
        self.text = text ?? Self.describe(measure: measure, comparison: comparison, value: value, year: year)
    }

    /// The words of a target, with the value shown exactly (at least display precision):
    /// "BME share of bands 8a to VSM ≥ 15.0% in the 2027 return". A Model Employer shortfall
    /// of at most 0 reads as the ambition it is: "On Model Employer track at 8a–VSM by 2027";
    /// at most more than 0, "At most 3 BME staff short of the Model Employer path at 8a–VSM in
    /// the 2027 return".
    public static func describe(measure: TargetMeasure, comparison: TargetComparison, value: Double, year: Int) -> String {
        if measure == .modelEmployerShortfall, comparison == .atMost {
            if value == 0 { return "On Model Employer track at 8a–VSM by \(year)" }
            return "At most \(DisplayFormat.decimal(value, places: measure.exactPlaces(value))) BME staff short of the Model Employer path at 8a–VSM in the \(year) return"
        }
        let name = measure.name.prefix(1).uppercased() + measure.name.dropFirst()
        return "\(name) \(comparison.symbol) \(measure.exactText(value)) in the \(year) return"
    }
}
