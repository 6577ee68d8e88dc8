/// A member's declared ethnicity, in the groups WRES compares. "Prefer not to say" and not
/// declared are both Unknown when counted (DOMAIN.md, groups).
public enum EthnicityDeclaration: String, Sendable, Codable, CaseIterable {
    case white
    case bme
    case preferNotToSay = "prefer-not-to-say"
    case notDeclared = "not-declared"

    /// The name people read on a form.
    public var label: String {
        switch self {
        case .white: "White"
        case .bme: "BME"
        case .preferNotToSay: "Prefer not to say"
        case .notDeclared: "Not declared"
        }
    }
}
