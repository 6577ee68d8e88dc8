/// Who is asking: a signed-in person with their role grants, or the anonymous public.
public struct Actor: Sendable, Hashable {
    public var grants: [RoleGrant]
    /// Kept apart from `grants` so a signed-in person whose roles were all withdrawn can still
    /// manage their own account.
    public private(set) var isSignedIn: Bool

    /// A signed-in person holding `grants` (possibly none).
    public init(grants: [RoleGrant]) {
        self.grants = grants
        self.isSignedIn = true
    }

    /// The public, with no account: published, disclosure-controlled figures only.
    public static let anonymous = Actor(grants: [], isSignedIn: false)

    private init(grants: [RoleGrant], isSignedIn: Bool) {
        self.grants = grants
        self.isSignedIn = isSignedIn
    }

    /// The grants that count: invalid ones allow nothing.
    var validGrants: [RoleGrant] { grants.filter(\.isValid) }
}
