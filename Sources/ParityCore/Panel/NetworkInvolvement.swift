/// How the staff network took part in one of a body's people decisions (issue 7).
public enum NetworkInvolvement: String, Sendable, Hashable, Codable, CaseIterable {
    case consultedBefore = "consulted-before"
    case representedAtMeeting = "represented-at-meeting"
    case notInvolved = "not-involved"

    /// The name people read on a page.
    public var label: String {
        switch self {
        case .consultedBefore: "Consulted before the decision"
        case .representedAtMeeting: "Represented at the meeting"
        case .notInvolved: "Not involved"
        }
    }

    /// True when the decision counts towards the network's share of involvement: consulted
    /// beforehand or represented where it was taken.
    public var isInvolved: Bool {
        self != .notInvolved
    }
}
