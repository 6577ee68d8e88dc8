/// Where a body stands against its representation plan.
public enum PlanStatus: String, Sendable, Codable, CaseIterable {
    case onTrack = "on-track"
    case behind
    case met
    case noData = "no-data"
    case notStarted = "not-started"

    /// The name people read on a page.
    public var label: String {
        switch self {
        case .onTrack: "On track"
        case .behind: "Behind"
        case .met: "Target met"
        case .noData: "No data"
        case .notStarted: "Not started"
        }
    }
}
