import Foundation // Date

/// A governance body as it stands: what it is, where it sits, how far it has got, and its
/// seats (past and present, so that its make-up can be read on any date).
public struct BodySnapshot: Sendable, Hashable {
    public var id: String
    public var kind: BodyKind
    public var level: BodyLevel
    /// The system's or organisation's code; `nil` for regional bodies.
    public var scopeCode: String?
    public var status: BodyStatus
    /// The day the body reached its current status.
    public var statusSince: Date
    /// For staff networks: whether this is the BME network the strategy asks to come first.
    public var isBMEFirstNetwork: Bool
    public var members: [Membership]

    public init(
        id: String,
        kind: BodyKind,
        level: BodyLevel,
        scopeCode: String?,
        status: BodyStatus,
        statusSince: Date,
        isBMEFirstNetwork: Bool = false,
        members: [Membership] = []
    ) {
        self.id = id
        self.kind = kind
        self.level = level
        self.scopeCode = scopeCode
        self.status = status
        self.statusSince = statusSince
        self.isBMEFirstNetwork = isBMEFirstNetwork
        self.members = members
    }
}
