/// What a person may do in Parity, as set out in the roles issue; the scope of each grant says where.
public enum Role: String, Sendable, Hashable, Codable, CaseIterable {
    /// Manages users and reference data across the region, and may do everything below.
    case regionalAdmin = "regional-admin"
    /// A member of the Race Equality & Inclusion Panel: reads everything, changes no data.
    case panelMember = "panel-member"
    /// The Director of ED&I of one system: its governance, commitments and staff-voice moderation.
    case systemLead = "system-lead"
    /// Imports and signs off one organisation's returns.
    case organisationDataLead = "organisation-data-lead"
    /// Leads one system's staff network: moderates its staff voice and records its involvement.
    case staffNetworkLead = "staff-network-lead"

    /// The role's name as people read it.
    public var label: String {
        switch self {
        case .regionalAdmin: "Regional admin"
        case .panelMember: "Panel member"
        case .systemLead: "System lead (Director of ED&I)"
        case .organisationDataLead: "Organisation data lead"
        case .staffNetworkLead: "Staff network lead"
        }
    }

    /// Every role from the one that may do least to the one that may do most: one
    /// organisation's returns, one system's staff network, reading the whole region without
    /// changing it, leading a system, administering the region. Forms that offer roles list
    /// them in this order, so the least privileged comes first.
    public static let leastPrivilegedFirst: [Role] = [.organisationDataLead, .staffNetworkLead, .panelMember, .systemLead, .regionalAdmin]
}
