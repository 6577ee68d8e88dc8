extension AccessPolicy {
    /// Whether `actor` may give `grant` to someone by invitation, or why not (roles issue).
    ///
    /// A regional admin may give any valid grant. A system lead may make someone a data lead of
    /// an organisation in their system (`organisationSystem` is that organisation's system code,
    /// which the caller looks up), or a system lead or staff network lead of their own system.
    /// Nobody else invites, and an invalid grant is never given.
    public static func mayGrant(_ actor: Actor, _ grant: RoleGrant, organisationSystem: String?) -> AccessDecision {
        guard actor.isSignedIn else { return .denied("Sign in first.") }
        guard grant.isValid else {
            return .denied("\(grant.role.label) is a role over \(grant.role.scopeKindPhrase), not over \(grant.scope.phrase).")
        }
        let grants = actor.validGrants
        if grants.contains(where: { $0.role == .regionalAdmin }) { return .allowed }
        let ledSystems = grants.compactMap { grant -> String? in
            guard grant.role == .systemLead, case let .system(code) = grant.scope else { return nil }
            return code
        }
        guard !ledSystems.isEmpty else {
            return .denied("Only regional admins, and system leads for their own system, may invite people.")
        }
        switch (grant.role, grant.scope) {
        case (.organisationDataLead, .organisation):
            if let system = organisationSystem, ledSystems.contains(system) { return .allowed }
        case let (.systemLead, .system(code)), let (.staffNetworkLead, .system(code)):
            if ledSystems.contains(code) { return .allowed }
        default:
            break
        }
        let systems = listed(ledSystems)
        return .denied(
            "As system lead of \(systems) you may invite data leads of organisations in \(systems), and system leads "
                + "or staff network leads of \(systems); only a regional admin may make someone "
                + "\(grant.role.label) for \(grant.scope.phrase)."
        )
    }

    /// The roles `actor` may give by invitation (`mayGrant` over some scope they may invite
    /// into), least privileged first: every role for a regional admin; data leads, staff network
    /// leads and system leads for a system lead; none for anyone else.
    public static func grantableRoles(_ actor: Actor) -> [Role] {
        let systems = actor.validGrants.compactMap { grant -> String? in
            guard case let .system(code) = grant.scope else { return nil }
            return code
        }
        // A grant over each kind of scope: anywhere, and within each system the actor leads.
        let trials: [(AccessScope, String?)] = [(.region, nil), (.system(""), nil), (.organisation(""), nil)]
            + systems.flatMap { [(.system($0), nil), (.organisation(""), $0)] }
        return Role.leastPrivilegedFirst.filter { role in
            trials.contains { mayGrant(actor, RoleGrant(role: role, scope: $0.0), organisationSystem: $0.1).isAllowed }
        }
    }
}

extension Role {
    /// The kind of scope the role is defined over, inside a sentence.
    var scopeKindPhrase: String {
        switch self {
        case .regionalAdmin, .panelMember: "the whole region"
        case .systemLead, .staffNetworkLead: "one system"
        case .organisationDataLead: "one organisation"
        }
    }
}

extension AccessScope {
    /// The scope inside a sentence: "the whole region", "system QWE", "organisation RXX".
    var phrase: String {
        switch self {
        case .region: "the whole region"
        case let .system(code): "system \(code)"
        case let .organisation(code): "organisation \(code)"
        }
    }
}
