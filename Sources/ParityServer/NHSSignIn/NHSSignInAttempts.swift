import Fluent
import SQLKit
import Vapor

/// Starts and claims NHS sign-ins (`NHSSignInAttemptRow`).
struct NHSSignInAttempts {
    /// How long a person has at the provider before the sign-in must start again.
    static let lifetime: TimeInterval = 10 * 60

    /// The secrets of one sign-in: `state` and `nonce` go to the provider, the PKCE verifier
    /// stays here until the code is exchanged, and `browser` goes into a cookie.
    struct Secrets {
        var state = SecretToken.make()
        var nonce = SecretToken.make()
        var codeVerifier = SecretToken.make()
        var browser = SecretToken.make()

        /// RFC 7636, §4.2: BASE64URL(SHA256(code_verifier)).
        var codeChallenge: String {
            SecretToken.base64URL(Data(SHA256.hash(data: Data(codeVerifier.utf8))))
        }
    }

    let database: Database
    let now: Date

    func start(next: String?) async throws -> Secrets {
        try await NHSSignInAttemptRow.query(on: database).filter(\.$createdAt < now.addingTimeInterval(-Self.lifetime)).delete()
        let secrets = Secrets()
        try await NHSSignInAttemptRow(stateSHA256: SecretToken.sha256(secrets.state), browserSHA256: SecretToken.sha256(secrets.browser),
                                      nonce: secrets.nonce, codeVerifier: secrets.codeVerifier, next: next, createdAt: now).create(on: database)
        return secrets
    }

    /// What the callback needs of a claimed sign-in.
    struct Claimed: Decodable {
        var nonce: String
        var code_verifier: String
        var next: String?
    }

    /// The sign-in `state` names, deleted in the same statement, so that of two callbacks with
    /// one `state` (a replay) at most one gets it; then it must come from the browser that
    /// started it, or someone could sign a victim in as themselves (login CSRF).
    func claim(state: String, browser: String?) async throws -> Claimed {
        guard let sql = database as? any SQLDatabase else { preconditionFailure("Parity runs on SQL databases only (SQLite, PostgreSQL)") }
        struct Row: Decodable {
            var browser_sha256: String
            var nonce: String
            var code_verifier: String
            var next: String?
        }
        guard let row = try await sql.delete(from: NHSSignInAttemptRow.schema)
            .where("state_sha256", .equal, SQLBind(SecretToken.sha256(state)))
            .where("created_at", .greaterThan, SQLBind(now.addingTimeInterval(-Self.lifetime)))
            .returning("browser_sha256", "nonce", "code_verifier", "next")
            .first(decoding: Row.self)
        else { throw NHSSignInRefusal.unknownState }
        guard let browser, SecretToken.sha256(browser) == row.browser_sha256 else { throw NHSSignInRefusal.otherBrowser }
        return Claimed(nonce: row.nonce, code_verifier: row.code_verifier, next: row.next)
    }
}
