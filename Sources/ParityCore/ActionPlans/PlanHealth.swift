/// How an action plan is doing as a whole, from its actions' delivery statuses, which the
/// same `DeliveryRule` as system commitments derives (issue 13: one mechanism, not a copy).
public enum PlanHealth: String, Sendable, Codable, CaseIterable {
    case noActions = "no-actions"
    case overdue
    case atRisk = "at-risk"
    case onTrack = "on-track"
    case complete

    /// The name people read on a page.
    public var label: String {
        switch self {
        case .noActions: "No actions"
        case .overdue: "Actions overdue"
        case .atRisk: "Actions at risk"
        case .onTrack: "On track"
        case .complete: "All actions closed"
        }
    }

    /// The worst that holds, in order: no actions; any overdue (red); any at risk (amber);
    /// every action closed (complete, done with a target missed, or declined); otherwise on
    /// track.
    public static func of(_ statuses: [DeliveryStatus]) -> PlanHealth {
        if statuses.isEmpty { return .noActions }
        if statuses.contains(.red) { return .overdue }
        if statuses.contains(.amber) { return .atRisk }
        if statuses.allSatisfy({ $0 != .green }) { return .complete }
        return .onTrack
    }
}
