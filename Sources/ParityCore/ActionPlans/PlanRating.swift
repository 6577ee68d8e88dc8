/// The system lead's judgement of an organisation's action plan (issue 13), always given
/// with reasons.
public enum PlanRating: String, Sendable, Codable, CaseIterable {
    case sufficient
    case needsWork = "needs-work"

    /// The name people read on a page.
    public var label: String {
        switch self {
        case .sufficient: "Sufficient"
        case .needsWork: "Needs work"
        }
    }
}
