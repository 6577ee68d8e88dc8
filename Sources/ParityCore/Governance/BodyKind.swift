/// The kinds of governance body the race equality strategy asks for (issue 4).
public enum BodyKind: String, Sendable, Codable, CaseIterable {
    case peopleBoard = "people-board"
    case raceEqualityPanel = "race-equality-panel"
    case ediSubgroup = "edi-subgroup"
    case ediSubCommittee = "edi-sub-committee"
    case staffNetwork = "staff-network"
    case organisationBoard = "organisation-board"

    /// The name people read on a page.
    public var label: String {
        switch self {
        case .peopleBoard: "People Board"
        case .raceEqualityPanel: "Independent Race Equality & Inclusion Panel"
        case .ediSubgroup: "ED&I subgroup"
        case .ediSubCommittee: "ED&I sub-committee"
        case .staffNetwork: "Staff network"
        case .organisationBoard: "Organisation board"
        }
    }
}
