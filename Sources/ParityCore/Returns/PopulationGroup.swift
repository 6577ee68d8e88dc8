/// A group of staff that a return counts. WRES uses ethnicity (White, BME, Unknown);
/// WDES uses disability. "Unknown" is reported but left out of every comparison
/// (DOMAIN.md, shared arithmetic).
public enum PopulationGroup: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    case white
    case bme
    case disabled
    case nonDisabled = "non-disabled"
    case unknown

    /// The name people read on a page.
    public var label: String {
        switch self {
        case .white: "White"
        case .bme: "BME"
        case .disabled: "Disabled"
        case .nonDisabled: "Non-disabled"
        case .unknown: "Unknown"
        }
    }

    public static func < (lhs: Self, rhs: Self) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
