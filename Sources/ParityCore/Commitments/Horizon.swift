/// How soon a recommendation is to be delivered (issue 5): short is 3–6 months, medium
/// 6–12 and long 12 or more. The raw value is the letter used in the recommendations'
/// text and in storage.
public enum Horizon: String, Sendable, Codable, CaseIterable, Comparable {
    case short = "S"
    case medium = "M"
    case long = "L"

    /// The name on its own: "Short".
    public var name: String {
        switch self {
        case .short: "Short"
        case .medium: "Medium"
        case .long: "Long"
        }
    }

    /// The name with its months, as people read it: "Short (3–6 months)".
    public var label: String {
        switch self {
        case .short: "Short (3–6 months)"
        case .medium: "Medium (6–12 months)"
        case .long: "Long (12+ months)"
        }
    }

    /// Short before medium before long.
    public static func < (lhs: Self, rhs: Self) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
