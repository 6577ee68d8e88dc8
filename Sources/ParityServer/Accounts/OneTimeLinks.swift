import Fluent
import ParityCore
import SQLKit
import Vapor

/// Invitations and password resets: a random link, mailed (and, for invitations, shown to
/// the inviter), that works once before it expires.
struct OneTimeLinks {
    enum Purpose: String {
        case invitation
        case passwordReset = "password-reset"

        var lifetime: TimeInterval {
            switch self {
            case .invitation: 7 * 24 * 3600
            case .passwordReset: 24 * 3600
            }
        }
    }

    let database: Database
    let now: Date

    /// Creates a link and returns its secret (the last part of its URL) and its row's id.
    func create(_ purpose: Purpose, email: String, grant: RoleGrant?, createdBy: String) async throws -> (secret: String, id: UUID) {
        let secret = SecretToken.make()
        let row = OneTimeLinkRow()
        row.purpose = purpose.rawValue
        row.email = AccountStore.normalised(email: email)
        if let grant {
            let stored = GrantRow(userID: UUID(), grant: grant)
            (row.role, row.scopeKind, row.scopeCode) = (stored.role, stored.scopeKind, stored.scopeCode)
        }
        row.tokenSHA256 = SecretToken.sha256(secret)
        row.createdBy = createdBy
        row.createdAt = now
        row.expiresAt = now.addingTimeInterval(purpose.lifetime)
        try await row.create(on: database)
        return (secret, try row.requireID())
    }

    /// The live link with this secret, or a clear error when it is unknown, used or expired.
    func find(_ purpose: Purpose, secret: String) async throws -> OneTimeLinkRow {
        guard let row = try await OneTimeLinkRow.query(on: database)
            .filter(\.$tokenSHA256 == SecretToken.sha256(secret)).filter(\.$purpose == purpose.rawValue).first()
        else { throw ParityError.notFound("This link is not valid. Check you copied all of it.") }
        if row.usedAt != nil { throw ParityError.conflict("This link has already been used. Each link works once.") }
        if row.expiresAt <= now { throw ParityError.conflict("This link has expired. Ask for a new one.") }
        return row
    }

    /// Spends the live link with this secret in one conditional update, so that of several
    /// requests using it at once exactly one goes ahead; the others get `find`'s error. Call
    /// it first inside the transaction that acts on the link, so the two commit together.
    func claim(_ purpose: Purpose, secret: String) async throws {
        guard let sql = database as? any SQLDatabase else {
            preconditionFailure("Parity runs on SQL databases only (SQLite, PostgreSQL)")
        }
        let claimed = try await sql.update(OneTimeLinkRow.schema)
            .set("used_at", to: SQLBind(now))
            .where("token_sha256", .equal, SQLBind(SecretToken.sha256(secret)))
            .where("purpose", .equal, SQLBind(purpose.rawValue))
            .where("used_at", .is, SQLLiteral.null)
            .where("expires_at", .greaterThan, SQLBind(now))
            .returning("id")
            .all()
        guard claimed.isEmpty else { return }
        _ = try await find(purpose, secret: secret)
        throw ParityError.conflict("This link has already been used. Each link works once.")
    }

    /// Spends every live link of `purpose` for `email`: after a password reset, older reset
    /// links must not set the password again.
    func spendAll(_ purpose: Purpose, email: String) async throws {
        try await OneTimeLinkRow.query(on: database)
            .filter(\.$purpose == purpose.rawValue).filter(\.$email == AccountStore.normalised(email: email)).filter(\.$usedAt == nil)
            .set(\.$usedAt, to: now).update()
    }

    /// The grant an invitation carries.
    static func grant(of row: OneTimeLinkRow) -> RoleGrant? {
        let stored = GrantRow(userID: UUID(), role: row.role ?? "", scopeKind: row.scopeKind ?? "", scopeCode: row.scopeCode)
        return stored.grant
    }
}
