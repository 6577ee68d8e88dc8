/// The eleven outcomes of EDS 2022, by their published codes (DOMAIN.md, EDS 2022;
/// NHS England, EDS 2022 technical guidance).
public enum EDSOutcome: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    case accessToServices = "1A"
    case healthNeedsMet = "1B"
    case freeFromHarm = "1C"
    case positiveExperience = "1D"
    case supportForHealthConditions = "2A"
    case freeFromAbuse = "2B"
    case independentSupport = "2C"
    case recommendAsPlaceToWork = "2D"
    case leadersDemonstrateCommitment = "3A"
    case papersIdentifyImpacts = "3B"
    case leversToManagePerformance = "3C"

    public var domain: EDSDomain {
        switch rawValue.first {
        case "1": .services
        case "2": .workforceHealthAndWellBeing
        default: .inclusiveLeadership
        }
    }

    /// The outcome as EDS 2022 words it, shortened where the guidance is long.
    public var title: String {
        switch self {
        case .accessToServices: "Patients (service users) have required levels of access to the service"
        case .healthNeedsMet: "Individual patients' (service users') health needs are met"
        case .freeFromHarm: "When patients (service users) use the service, they are free from harm"
        case .positiveExperience: "Patients (service users) report positive experiences of the service"
        case .supportForHealthConditions: "When at work, staff are provided with support to manage obesity, diabetes, asthma, COPD and mental health conditions"
        case .freeFromAbuse: "When at work, staff are free from abuse, harassment, bullying and physical violence from any source"
        case .independentSupport: "Staff have access to independent support and advice when suffering from stress, abuse, bullying, harassment and physical violence from any source"
        case .recommendAsPlaceToWork: "Staff recommend the organisation as a place to work and receive treatment"
        case .leadersDemonstrateCommitment: "Board members, system leaders (band 9 and VSM) and those with line management responsibilities routinely demonstrate their understanding of, and commitment to, equality and health inequalities"
        case .papersIdentifyImpacts: "Board and committee papers (including minutes) identify equality and health inequalities related impacts and risks and how they will be mitigated and managed"
        case .leversToManagePerformance: "Board members and system leaders (band 9 and VSM) ensure levers are in place to manage performance and monitor progress with staff and patients"
        }
    }

    public static func < (lhs: Self, rhs: Self) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
