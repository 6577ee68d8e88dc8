extension AccessPolicy {
    /// Whether `actor` may do `action` on at least one resource: a grant whose role allows it.
    /// Lets a route refuse before reading a request whose resource is known only from its body
    /// (the organisations named in an uploaded file).
    public static func mayAnywhere(_ actor: Actor, _ action: Action) -> Bool {
        actor.validGrants.contains { $0.role.permittedActions.contains(action) }
    }
}
