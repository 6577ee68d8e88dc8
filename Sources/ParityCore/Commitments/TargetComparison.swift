/// Which side of its value a target's figure must fall on. The raw value is the stored form.
public enum TargetComparison: String, Sendable, Codable, CaseIterable {
    case atMost = "<="
    case atLeast = ">="

    /// The sign people read: "≤" or "≥".
    public var symbol: String {
        switch self {
        case .atMost: "≤"
        case .atLeast: "≥"
        }
    }

    /// Whether `actual` meets `value` on this side, equality included, compared unrounded
    /// (DOMAIN.md: compute on unrounded values).
    public func holds(_ actual: Double, against value: Double) -> Bool {
        switch self {
        case .atMost: actual <= value
        case .atLeast: actual >= value
        }
    }
}
