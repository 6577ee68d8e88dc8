/// Where a challenge stands in its life cycle, derived from its facts by
/// `ChallengeLifecycle.status(_:)`, never stored.
public enum ChallengeStatus: String, Sendable, Hashable, Codable, CaseIterable {
    case open
    case responded
    case closed
    case escalated

    /// The name people read on a page.
    public var label: String {
        switch self {
        case .open: "Waiting for a response"
        case .responded: "Responded"
        case .closed: "Closed"
        case .escalated: "Escalated to the regional People Board"
        }
    }
}
