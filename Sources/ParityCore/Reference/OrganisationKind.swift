/// The kind of NHS organisation, for grouping like with like.
public enum OrganisationKind: String, Sendable, Hashable, Codable, CaseIterable {
    case acute
    case mentalHealth = "mental-health"
    case community
    case ambulance
    /// Community and mental health services in one organisation.
    case combined
    case other

    public var label: String {
        switch self {
        case .acute: "Acute"
        case .mentalHealth: "Mental health"
        case .community: "Community"
        case .ambulance: "Ambulance"
        case .combined: "Community and mental health"
        case .other: "Other"
        }
    }
}
