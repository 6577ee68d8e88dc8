/// What an action is done to.
public enum Resource: Sendable, Hashable {
    /// The region as a whole (users, reference data, audit log, regional figures).
    case region
    /// One system, by code.
    case system(code: String)
    /// One organisation, by code, with the code of the system it belongs to so that a system
    /// lead's scope can be seen to contain it; `nil` when it belongs to none.
    case organisation(code: String, systemCode: String?)
    /// The actor's own account (their API tokens).
    case account
}
