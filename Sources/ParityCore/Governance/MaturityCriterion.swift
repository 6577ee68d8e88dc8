/// What the strategy (issue 4) asks of each system and of the region, one column of the
/// maturity matrix each.
public enum MaturityCriterion: String, Sendable, Codable, CaseIterable {
    case directorOfEDI = "director-of-edi"
    case staffNetwork = "staff-network"
    case networkCriticalFriend = "network-critical-friend"
    case ediSubCommittee = "edi-sub-committee"
    case independentPanel = "independent-panel"
    case peopleBoardRepresentative = "people-board-representative"
    case representationPlan = "representation-plan"
    /// Region only: the Race Equality Panel has an independent chair.
    case panelIndependentlyChaired = "panel-independently-chaired"
    /// Region only: every system has a representative on the ED&I subgroup.
    case everySystemRepresented = "every-system-represented"

    /// The criteria of a system's row, in column order.
    public static let systemCriteria: [MaturityCriterion] = [
        .directorOfEDI, .staffNetwork, .networkCriticalFriend, .ediSubCommittee,
        .independentPanel, .peopleBoardRepresentative, .representationPlan,
    ]

    /// The criteria of the region's row, in column order.
    public static let regionCriteria: [MaturityCriterion] = [
        .panelIndependentlyChaired, .everySystemRepresented, .peopleBoardRepresentative,
    ]

    /// The name people read on a page.
    public var label: String {
        switch self {
        case .directorOfEDI: "Director of ED&I"
        case .staffNetwork: "System-wide staff network (BME first)"
        case .networkCriticalFriend: "Network is critical friend to the People Board"
        case .ediSubCommittee: "ED&I sub-committee"
        case .independentPanel: "Independent Race Equality & Inclusion Panel"
        case .peopleBoardRepresentative: "People Board representative of the population"
        case .representationPlan: "People Board representation plan"
        case .panelIndependentlyChaired: "Race Equality Panel independently chaired"
        case .everySystemRepresented: "Every system on the ED&I subgroup"
        }
    }
}
