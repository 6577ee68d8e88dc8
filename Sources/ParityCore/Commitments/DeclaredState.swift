/// What the accountable system says about its own progress on a commitment. It is one fact
/// among several: the delivery status (`DeliveryRule`) also weighs the due date, how
/// recently the commitment was updated and its measurable targets.
public enum DeclaredState: String, Sendable, Codable, CaseIterable {
    case notStarted = "not-started"
    case inProgress = "in-progress"
    case done
    case blocked

    /// The name people read on a page.
    public var label: String {
        switch self {
        case .notStarted: "Not started"
        case .inProgress: "In progress"
        case .done: "Done"
        case .blocked: "Blocked"
        }
    }
}
