/// The one access rule: every route asks it, none decides on its own (roles issue).
public enum AccessPolicy {
    /// Whether `actor` may do `action` to `resource`, or why not.
    ///
    /// Published figures are open to everyone; own API tokens to anyone signed in, on `.account`
    /// only. Every other action needs a valid grant whose role allows it and whose scope contains
    /// the resource (region ⊃ system ⊃ its organisations); any one grant is enough. Those actions
    /// never apply to `.account`, so a route that asks about the wrong resource is refused.
    public static func decide(_ actor: Actor, _ action: Action, _ resource: Resource) -> AccessDecision {
        switch action {
        case .readPublished:
            return .allowed
        case .manageOwnTokens:
            guard actor.isSignedIn else { return .denied("Sign in first.") }
            guard resource == .account else {
                return .denied("API tokens are managed from your own account, not from \(resource.phrase).")
            }
            return .allowed
        default:
            guard resource != .account else {
                guard actor.isSignedIn else { return .denied("Sign in first.") }
                return .denied(
                    "Your account is for your API tokens; to \(action.verbPhrase), choose the region, a system or an organisation."
                )
            }
            let allowing = actor.validGrants.contains { grant in
                grant.role.permittedActions.contains(action) && grant.covers(resource)
            }
            return allowing ? .allowed : .denied(refusal(actor, action, resource))
        }
    }
}
