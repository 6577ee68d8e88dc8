/// The rating of one EDS 2022 outcome, and the band of an organisation's total score
/// (DOMAIN.md, EDS 2022). The raw value is the outcome score.
public enum EDSRating: Int, Sendable, Hashable, Codable, CaseIterable, Comparable {
    case undeveloped = 0
    case developing = 1
    case achieving = 2
    case excelling = 3

    /// The name people read on a page.
    public var label: String {
        switch self {
        case .undeveloped: "Undeveloped"
        case .developing: "Developing"
        case .achieving: "Achieving"
        case .excelling: "Excelling"
        }
    }

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
}
