import Fluent
import ParityCore
import Vapor

/// Applies the core's sign-in throttle to the failures recorded in the database, so every
/// Parity instance counts the same attempts.
struct SignInThrottleStore {
    let database: Database
    let throttle = SignInThrottle.standard

    func decision(email: String, address: String, now: Date) async throws -> ThrottleDecision {
        let since = now.addingTimeInterval(-throttle.window)
        try await SignInFailureRow.query(on: database).filter(\.$at < since).delete()
        let account = try await SignInFailureRow.query(on: database).filter(\.$accountSHA256 == Self.key(email)).all(\.$at)
        let fromAddress = try await SignInFailureRow.query(on: database).filter(\.$addressSHA256 == Self.key(address)).all(\.$at)
        return throttle.decision(accountFailures: account.map(\.timeIntervalSince1970),
                                 addressFailures: fromAddress.map(\.timeIntervalSince1970),
                                 now: now.timeIntervalSince1970)
    }

    func recordFailure(email: String, address: String, now: Date) async throws {
        try await SignInFailureRow(accountSHA256: Self.key(email), addressSHA256: Self.key(address), at: now).create(on: database)
    }

    private static func key(_ text: String) -> String {
        SecretToken.sha256(AccountStore.normalised(email: text))
    }
}
