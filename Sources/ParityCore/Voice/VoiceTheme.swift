/// What a staff member's experience concerns, as offered on the staff voice form. Each theme
/// points at the WRES indicators and WDES metrics that measure the same thing, so that what
/// staff say can sit beside what the numbers say (issue 6; DOMAIN.md, WRES and WDES tables).
public enum VoiceTheme: String, CaseIterable, Sendable, Hashable, Codable, Comparable {
    case recruitment = "recruitment"
    case progression = "progression"
    case disciplinary = "disciplinary"
    case training = "training"
    case harassmentFromPublic = "harassment-public"
    case harassmentFromColleagues = "harassment-colleagues"
    case managerDiscrimination = "manager-discrimination"
    case leadershipCulture = "leadership-culture"
    case other = "other"

    /// The theme as the form and pages name it.
    public var label: String {
        switch self {
        case .recruitment: "Recruitment"
        case .progression: "Progression and promotion"
        case .disciplinary: "Disciplinary processes"
        case .training: "Training and development"
        case .harassmentFromPublic: "Harassment from patients or the public"
        case .harassmentFromColleagues: "Harassment from colleagues"
        case .managerDiscrimination: "Discrimination by managers"
        case .leadershipCulture: "Leadership and culture"
        case .other: "Other"
        }
    }

    /// The WRES indicators (1–9) that measure this theme: DOMAIN.md, WRES indicators table.
    /// Progression is both representation by band (1) and belief in equal opportunities (7).
    public var wresIndicators: [Int] {
        switch self {
        case .recruitment: [2]
        case .progression: [1, 7]
        case .disciplinary: [3]
        case .training: [4]
        case .harassmentFromPublic: [5]
        case .harassmentFromColleagues: [6]
        case .managerDiscrimination: [8]
        case .leadershipCulture: [9]
        case .other: []
        }
    }

    /// The WDES metrics that measure this theme: DOMAIN.md, WDES metrics. WDES has no
    /// training metric, and its capability process (3) is the counterpart of disciplinary.
    public var wdesMetrics: [WDESMetric] {
        switch self {
        case .recruitment: [.appointment]
        case .progression: [.representation, .equalOpportunities]
        case .disciplinary: [.capability]
        case .training: []
        case .harassmentFromPublic: [.harassmentFromPublic]
        case .harassmentFromColleagues: [.harassmentFromColleagues]
        case .managerDiscrimination: [.harassmentFromManagers]
        case .leadershipCulture: [.board, .valuedWork]
        case .other: []
        }
    }

    /// The themes that speak to WRES indicator `indicator` (1–9), in form order; empty for
    /// any other number.
    public static func themes(forWRESIndicator indicator: Int) -> [VoiceTheme] {
        allCases.filter { $0.wresIndicators.contains(indicator) }
    }

    /// Form order, so lists of themes read the same everywhere.
    public static func < (lhs: Self, rhs: Self) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
