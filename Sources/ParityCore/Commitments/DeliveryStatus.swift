/// Where a commitment stands, as `DeliveryRule` judges it from the facts: the RAG rating
/// while work is open, or how it ended.
public enum DeliveryStatus: String, Sendable, Codable, CaseIterable {
    case red
    case amber
    case green
    case complete
    case doneTargetMissed = "done-target-missed"
    case declined

    /// The name people read on a page.
    public var label: String {
        switch self {
        case .red: "Overdue"
        case .amber: "At risk"
        case .green: "On track"
        case .complete: "Complete"
        case .doneTargetMissed: "Done, target missed"
        case .declined: "Declined"
        }
    }

    /// Whether the commitment goes up to the region for action: only when overdue (red).
    /// A missed target or a decline is reported, not escalated as overdue.
    public var isEscalated: Bool { self == .red }
}
