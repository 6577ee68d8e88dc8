/// The three domains of EDS 2022 (DOMAIN.md, EDS 2022).
public enum EDSDomain: Int, Sendable, Hashable, Codable, CaseIterable, Comparable {
    case services = 1
    case workforceHealthAndWellBeing = 2
    case inclusiveLeadership = 3

    public var title: String {
        switch self {
        case .services: "Commissioned or provided services"
        case .workforceHealthAndWellBeing: "Workforce health and well-being"
        case .inclusiveLeadership: "Inclusive leadership"
        }
    }

    /// The domain's outcomes in order: four, four and three.
    public var outcomes: [EDSOutcome] { EDSOutcome.allCases.filter { $0.domain == self } }

    /// The highest score the domain can reach: 3 for each of its outcomes.
    public var maximumScore: Int { outcomes.count * EDSRating.excelling.rawValue }

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
}
