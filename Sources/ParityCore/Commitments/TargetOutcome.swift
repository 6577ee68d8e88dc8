/// How a target stands when evaluated (`TargetEvaluation`). The raw value is the stored form.
public enum TargetOutcome: String, Sendable, Codable, CaseIterable {
    case met
    case notMet = "not-met"
    /// The return it is judged on cannot exist yet.
    case notYetDue = "not-yet-due"
    /// The return is missing, or has no figure for the measure.
    case noData = "no-data"

    /// The name people read on a page.
    public var label: String {
        switch self {
        case .met: "Met"
        case .notMet: "Not met"
        case .notYetDue: "Not yet due"
        case .noData: "No data"
        }
    }
}
