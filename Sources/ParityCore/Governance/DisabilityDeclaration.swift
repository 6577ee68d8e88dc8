/// A member's declared disability status, in the groups WDES compares. "Prefer not to say"
/// and not declared are both Unknown when counted (DOMAIN.md, groups).
public enum DisabilityDeclaration: String, Sendable, Codable, CaseIterable {
    case disabled
    case nonDisabled = "non-disabled"
    case preferNotToSay = "prefer-not-to-say"
    case notDeclared = "not-declared"

    /// The name people read on a form.
    public var label: String {
        switch self {
        case .disabled: "Disabled"
        case .nonDisabled: "Non-disabled"
        case .preferNotToSay: "Prefer not to say"
        case .notDeclared: "Not declared"
        }
    }
}
