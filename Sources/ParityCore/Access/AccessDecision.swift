/// The access rule's answer: allowed, or denied with a reason a person can act on.
public enum AccessDecision: Sendable, Hashable {
    case allowed
    /// A plain-English sentence, e.g. "Only the organisation data leads of RXX and regional
    /// admins may import returns for RXX."
    case denied(String)

    /// Whether the action may go ahead.
    public var isAllowed: Bool { self == .allowed }
}
