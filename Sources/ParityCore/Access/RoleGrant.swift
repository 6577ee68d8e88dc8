/// One role held over one scope. A person may hold several.
public struct RoleGrant: Sendable, Hashable, Codable {
    public var role: Role
    public var scope: AccessScope

    public init(role: Role, scope: AccessScope) {
        self.role = role
        self.scope = scope
    }

    /// Whether the scope is the kind the role is defined over (roles issue): regional admins and
    /// panel members hold the region, system and staff network leads a system, data leads an
    /// organisation. An invalid grant allows nothing.
    public var isValid: Bool {
        switch (role, scope) {
        case (.regionalAdmin, .region), (.panelMember, .region): true
        case (.systemLead, .system), (.staffNetworkLead, .system): true
        case (.organisationDataLead, .organisation): true
        default: false
        }
    }

    /// Whether this grant's scope contains `resource`: the region contains everything but an
    /// account; a system contains itself and the organisations recorded as in it; an organisation
    /// only itself.
    func covers(_ resource: Resource) -> Bool {
        switch (scope, resource) {
        case (_, .account): false
        case (.region, _): true
        case let (.system(code), .system(resourceCode)): code == resourceCode
        case let (.system(code), .organisation(_, systemCode)): code == systemCode
        case let (.organisation(code), .organisation(resourceCode, _)): code == resourceCode
        default: false
        }
    }
}
