import ParityCore
import Vapor

/// The person behind a request, when signed in (by session cookie or API token).
struct SignedInUser: Sendable {
    var id: UUID
    var email: String
    var displayName: String
    var actor: ParityCore.Actor
    /// The session the request came with; nil for API-token requests.
    var sessionID: UUID?
}

extension Request {
    private struct SignedInKey: StorageKey { typealias Value = SignedInUser }

    var signedIn: SignedInUser? {
        get { storage[SignedInKey.self] }
        set { storage[SignedInKey.self] = newValue }
    }

    /// Who is asking, for the access rule: anonymous unless signed in.
    var actor: ParityCore.Actor { signedIn?.actor ?? .anonymous }

    /// How the audit log names whoever made this request.
    var auditName: String { signedIn?.email ?? "anonymous" }

    /// The user signed in with a session cookie (so the form also passed the CSRF check), or
    /// `forbidden`. API tokens are managed only this way: a token that could make tokens would
    /// let whoever stole it make one that outlives its revocation.
    func requireSession(to purpose: String) throws -> SignedInUser {
        guard let user = signedIn, user.sessionID != nil else {
            throw ParityError.forbidden("Sign in to Parity in a browser to \(purpose); an API token cannot.")
        }
        return user
    }

    /// Asks the access rule; throws `forbidden` with its reason when denied.
    func require(_ action: Action, on resource: Resource) throws {
        if case let .denied(reason) = AccessPolicy.decide(actor, action, resource) {
            throw ParityError.forbidden(reason)
        }
    }
}

extension GrantRow {
    /// The core grant this row stores; nil when the row names a role or scope Parity no longer knows.
    var grant: RoleGrant? {
        guard let role = Role(rawValue: role) else { return nil }
        let scope: AccessScope? = switch (scopeKind, scopeCode) {
        case ("region", _): .region
        case let ("system", code?): .system(code)
        case let ("organisation", code?): .organisation(code)
        default: nil
        }
        return scope.map { RoleGrant(role: role, scope: $0) }
    }

    convenience init(userID: UUID, grant: RoleGrant) {
        switch grant.scope {
        case .region: self.init(userID: userID, role: grant.role.rawValue, scopeKind: "region", scopeCode: nil)
        case let .system(code): self.init(userID: userID, role: grant.role.rawValue, scopeKind: "system", scopeCode: code)
        case let .organisation(code): self.init(userID: userID, role: grant.role.rawValue, scopeKind: "organisation", scopeCode: code)
        }
    }
}
