import Fluent
import Foundation

/// A person who can sign in. Equality data about users is never stored.
final class UserRow: Model, @unchecked Sendable {
    static let schema = "users"

    @ID var id: UUID?
    @Field(key: "email") var email: String
    @Field(key: "display_name") var displayName: String
    @Field(key: "password_hash") var passwordHash: String
    @Field(key: "created_at") var createdAt: Date
    @Children(for: \.$user) var grants: [GrantRow]

    init() {}

    init(email: String, displayName: String, passwordHash: String, createdAt: Date) {
        self.email = email
        self.displayName = displayName
        self.passwordHash = passwordHash
        self.createdAt = createdAt
    }
}

/// One role a user holds, with its scope (region, a system or an organisation).
final class GrantRow: Model, @unchecked Sendable {
    static let schema = "role_grants"

    @ID var id: UUID?
    @Parent(key: "user_id") var user: UserRow
    @Field(key: "role") var role: String
    @Field(key: "scope_kind") var scopeKind: String
    @OptionalField(key: "scope_code") var scopeCode: String?

    init() {}

    init(userID: UUID, role: String, scopeKind: String, scopeCode: String?) {
        self.$user.id = userID
        self.role = role
        self.scopeKind = scopeKind
        self.scopeCode = scopeCode
    }
}

/// A signed-in session. The cookie carries a random token; only its SHA-256 is stored, so a
/// copy of the database cannot be used to take over a session. Kept in the database so that
/// several Parity instances can serve the same users.
final class SessionRow: Model, @unchecked Sendable {
    static let schema = "sessions"

    @ID var id: UUID?
    @Field(key: "token_sha256") var tokenSHA256: String
    @Parent(key: "user_id") var user: UserRow
    @Field(key: "created_at") var createdAt: Date
    @Field(key: "last_seen_at") var lastSeenAt: Date

    init() {}

    init(tokenSHA256: String, userID: UUID, now: Date) {
        self.tokenSHA256 = tokenSHA256
        self.$user.id = userID
        self.createdAt = now
        self.lastSeenAt = now
    }
}

/// A one-time link: an invitation (with the role it grants) or a password reset. Only the
/// token's SHA-256 is stored; the link works once and expires.
final class OneTimeLinkRow: Model, @unchecked Sendable {
    static let schema = "one_time_links"

    @ID var id: UUID?
    @Field(key: "purpose") var purpose: String
    @Field(key: "email") var email: String
    @OptionalField(key: "role") var role: String?
    @OptionalField(key: "scope_kind") var scopeKind: String?
    @OptionalField(key: "scope_code") var scopeCode: String?
    @Field(key: "token_sha256") var tokenSHA256: String
    @Field(key: "created_by") var createdBy: String
    @Field(key: "created_at") var createdAt: Date
    @Field(key: "expires_at") var expiresAt: Date
    @OptionalField(key: "used_at") var usedAt: Date?

    init() {}
}

/// A personal API token for the JSON API. Only its SHA-256 is stored; it acts with the
/// scope of its user.
final class APITokenRow: Model, @unchecked Sendable {
    static let schema = "api_tokens"

    @ID var id: UUID?
    @Parent(key: "user_id") var user: UserRow
    @Field(key: "name") var name: String
    @Field(key: "token_sha256") var tokenSHA256: String
    @Field(key: "created_at") var createdAt: Date
    @OptionalField(key: "last_used_at") var lastUsedAt: Date?
    @OptionalField(key: "revoked_at") var revokedAt: Date?

    init() {}

    init(userID: UUID, name: String, tokenSHA256: String, createdAt: Date) {
        self.$user.id = userID
        self.name = name
        self.tokenSHA256 = tokenSHA256
        self.createdAt = createdAt
    }
}

/// A failed (or not yet checked) sign-in, or a password-reset request, kept only for the
/// throttling window (`SignInThrottleStore`). The account is identified by a hash of what was
/// counted and the email typed (whether or not it exists), and the address by a hash too.
final class SignInFailureRow: Model, @unchecked Sendable {
    static let schema = "sign_in_failures"

    @ID var id: UUID?
    @Field(key: "account_sha256") var accountSHA256: String
    @Field(key: "address_sha256") var addressSHA256: String
    @Field(key: "at") var at: Date

    init() {}

    init(accountSHA256: String, addressSHA256: String, at: Date) {
        self.accountSHA256 = accountSHA256
        self.addressSHA256 = addressSHA256
        self.at = at
    }
}
