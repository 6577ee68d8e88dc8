/// Whether a sign-in attempt may go ahead now.
public enum ThrottleDecision: Sendable, Hashable {
    case allowed
    /// Refused until `retryAfterSeconds` have passed (also the HTTP `Retry-After` value). The
    /// message never hints whether the account exists.
    case refused(retryAfterSeconds: Int, message: String)
}
