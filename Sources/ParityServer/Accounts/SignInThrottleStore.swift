import Fluent
import ParityCore
import Vapor

/// Applies a core throttle to the attempts recorded in the database, so every Parity
/// instance counts the same attempts: failed sign-ins, or password-reset requests.
struct SignInThrottleStore {
    /// What is counted. Its name is part of the hashed keys, so sign-ins and reset requests
    /// never count against each other.
    enum Kind: String {
        case signIn = "sign-in"
        case passwordReset = "password-reset"

        var throttle: SignInThrottle {
            switch self {
            case .signIn: .standard
            case .passwordReset: .passwordResetRequests
            }
        }
    }

    /// An attempt, already counted, and whether it may go ahead.
    struct Attempt {
        let id: UUID
        let decision: ThrottleDecision
    }

    let database: Database
    var kind = Kind.signIn

    /// Counts an attempt and decides whether it may go ahead, safely against attempts at the
    /// same moment: the attempt is recorded first and then judged on every other attempt
    /// recorded, so of parallel attempts the k-th to be recorded sees at least k − 1 others and
    /// no more than the limit go ahead, on SQLite and PostgreSQL alike. Checking first and
    /// recording afterwards let eight parallel guesses all be checked against a limit of five
    /// (issue 19). A refused attempt is not counted.
    func attempt(email: String, address: String, now: Date) async throws -> Attempt {
        let throttle = kind.throttle
        try await SignInFailureRow.query(on: database).filter(\.$at < now.addingTimeInterval(-throttle.window)).delete()
        let row = SignInFailureRow(accountSHA256: key(email), addressSHA256: key(address), at: now)
        try await row.create(on: database)
        let id = try row.requireID()
        let account = try await SignInFailureRow.query(on: database).filter(\.$accountSHA256 == row.accountSHA256).filter(\.$id != id).all(\.$at)
        let fromAddress = try await SignInFailureRow.query(on: database).filter(\.$addressSHA256 == row.addressSHA256).filter(\.$id != id).all(\.$at)
        let decision = throttle.decision(accountFailures: account.map(\.timeIntervalSince1970),
                                         addressFailures: fromAddress.map(\.timeIntervalSince1970),
                                         now: now.timeIntervalSince1970)
        let attempt = Attempt(id: id, decision: decision)
        if decision != .allowed { try await forget(attempt) }
        return attempt
    }

    /// Takes back an attempt that succeeded: only failed sign-ins count against an account.
    func forget(_ attempt: Attempt) async throws {
        try await SignInFailureRow.query(on: database).filter(\.$id == attempt.id).delete()
    }

    private func key(_ text: String) -> String {
        SecretToken.sha256(kind.rawValue + " " + AccountStore.normalised(email: text))
    }
}
