/// Where an organisation's action plan for a cycle is in its life (issue 13). A draft is seen
/// only by the organisation's own leads and the system and region above it; a published plan
/// by everyone; a reviewed plan is the year's record of what each action achieved and no
/// longer changes.
public enum PlanStage: String, Sendable, Codable, CaseIterable {
    case draft
    case published
    case reviewed

    /// The name people read on a page.
    public var label: String {
        switch self {
        case .draft: "Draft"
        case .published: "Published"
        case .reviewed: "Reviewed"
        }
    }

    /// Whether actions and progress may still change.
    public var isOpen: Bool { self != .reviewed }
}
