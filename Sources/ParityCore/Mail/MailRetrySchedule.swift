import Foundation

/// When to try a message again after a delivery failed for a reason that may pass (a relay
/// down, a 4xx answer, a timeout): 1, 5 and 15 minutes, then 1, 3, 6 and 12 hours. After the
/// eighth attempt, about 22 hours after the first, Parity gives up and leaves the message to
/// an administrator, within the 24 hours a password reset link lives.
public struct MailRetrySchedule: Sendable {
    public var delays: [TimeInterval]

    public init(delays: [TimeInterval]) {
        self.delays = delays
    }

    public static let standard = MailRetrySchedule(delays: [1, 5, 15, 60, 180, 360, 720].map { $0 * 60 })

    /// The time of the next attempt after `attempts` attempts, the last failing at `failedAt`;
    /// nil when there are no attempts left.
    public func nextAttempt(afterAttempts attempts: Int, failedAt: Date) -> Date? {
        guard attempts >= 1, attempts <= delays.count else { return nil }
        return failedAt.addingTimeInterval(delays[attempts - 1])
    }
}
