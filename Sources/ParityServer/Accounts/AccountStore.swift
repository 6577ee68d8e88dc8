import Fluent
import ParityCore
import Vapor

/// Users, their grants, sessions and API tokens.
struct AccountStore {
    let database: Database

    static func normalised(email: String) -> String {
        email.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
    }

    func user(email: String) async throws -> UserRow? {
        try await UserRow.query(on: database).filter(\.$email == Self.normalised(email: email)).with(\.$grants).first()
    }

    /// Creates a user with a hashed password and their first grant.
    func createUser(email: String, displayName: String, passwordHash: String, grant: RoleGrant, now: Date) async throws -> UserRow {
        let user = UserRow(email: Self.normalised(email: email), displayName: displayName, passwordHash: passwordHash, createdAt: now)
        try await user.create(on: database)
        try await GrantRow(userID: user.id!, grant: grant).create(on: database)
        return user
    }

    func addGrant(_ grant: RoleGrant, to user: UserRow) async throws {
        let existing = try await GrantRow.query(on: database).filter(\.$user.$id == user.id!).all().compactMap(\.grant)
        if !existing.contains(grant) { try await GrantRow(userID: user.id!, grant: grant).create(on: database) }
    }

    /// Starts a new session for `userID` and returns the secret for its cookie.
    func startSession(userID: UUID, now: Date) async throws -> String {
        let token = SecretToken.make()
        try await SessionRow(tokenSHA256: SecretToken.sha256(token), userID: userID, now: now).create(on: database)
        return token
    }

    func endSession(id: UUID) async throws {
        try await SessionRow.query(on: database).filter(\.$id == id).delete()
    }

    /// Ends every session of the user and revokes every API token they hold.
    func endSessionsAndTokens(of userID: UUID, now: Date) async throws {
        try await SessionRow.query(on: database).filter(\.$user.$id == userID).delete()
        try await APITokenRow.query(on: database).filter(\.$user.$id == userID).filter(\.$revokedAt == nil).set(\.$revokedAt, to: now).update()
    }

    /// The user of a live session; an idle session is ended instead. The last-seen time is
    /// written at most once a minute, so reading pages does not mean writing on every request.
    func user(sessionToken: String, now: Date, idleTimeout: TimeInterval) async throws -> SignedInUser? {
        guard let session = try await SessionRow.query(on: database)
            .filter(\.$tokenSHA256 == SecretToken.sha256(sessionToken)).with(\.$user) { $0.with(\.$grants) }.first()
        else { return nil }
        guard now.timeIntervalSince(session.lastSeenAt) <= idleTimeout else {
            try await session.delete(on: database)
            return nil
        }
        if now.timeIntervalSince(session.lastSeenAt) > 60 {
            session.lastSeenAt = now
            try await session.update(on: database)
        }
        return signedIn(session.user, sessionID: session.id)
    }

    /// The user of an API token that has not been revoked.
    func user(apiToken: String, now: Date) async throws -> SignedInUser? {
        guard let token = try await APITokenRow.query(on: database)
            .filter(\.$tokenSHA256 == SecretToken.sha256(apiToken)).filter(\.$revokedAt == nil)
            .with(\.$user) { $0.with(\.$grants) }.first()
        else { return nil }
        token.lastUsedAt = now
        try await token.update(on: database)
        return signedIn(token.user, sessionID: nil)
    }

    func signedIn(_ user: UserRow, sessionID: UUID?) -> SignedInUser {
        SignedInUser(id: user.id!, email: user.email, displayName: user.displayName,
                     actor: Actor(grants: user.grants.compactMap(\.grant)), sessionID: sessionID)
    }
}
