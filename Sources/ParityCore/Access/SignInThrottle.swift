/// How many failed sign-ins are tolerated before attempts are refused, per account and per
/// network address (NCSC guidance: throttle guessing rather than lock accounts for good).
/// Times are seconds since 1970, passed in by the caller.
public struct SignInThrottle: Sendable {
    /// Failures for one account, within `window`, that refuse further attempts on it.
    public var maximumFailuresPerAccount = 5
    /// Failures from one address, within `window`, that refuse further attempts from it.
    public var maximumFailuresPerAddress = 20
    /// Seconds within which failures count together towards a limit.
    public var window: Double = 900
    /// Seconds that attempts stay refused, counted from the first of the failures that reached
    /// the limit. Never shorter than `window`, so a refusal lasts until those failures age out;
    /// when equal to `window` (the standard) a limit simply frees up as failures age out.
    public var lockout: Double = 900
    /// What was attempted too often, opening the refusal's message.
    public var refusal = "Too many failed sign-in attempts"

    public init(
        maximumFailuresPerAccount: Int = 5,
        maximumFailuresPerAddress: Int = 20,
        window: Double = 900,
        lockout: Double = 900,
        refusal: String = "Too many failed sign-in attempts"
    ) {
        self.maximumFailuresPerAccount = maximumFailuresPerAccount
        self.maximumFailuresPerAddress = maximumFailuresPerAddress
        self.window = window
        self.lockout = lockout
        self.refusal = refusal
    }

    /// Five failures per account or twenty per address in fifteen minutes.
    public static let standard = SignInThrottle()

    /// Password-reset requests, each counted as an attempt: three per email address or ten per
    /// network address in fifteen minutes, so nobody can flood a mailbox or probe addresses.
    public static let passwordResetRequests = SignInThrottle(
        maximumFailuresPerAccount: 3, maximumFailuresPerAddress: 10, refusal: "Too many password reset requests"
    )

    /// Whether a sign-in may be attempted at `now`, given the times of earlier failures for the
    /// account and for the address; when refused, the whole seconds to wait (rounded up) and a
    /// message that does not reveal whether the account exists.
    public func decision(accountFailures: [Double], addressFailures: [Double], now: Double) -> ThrottleDecision {
        let wait = max(
            secondsRefused(accountFailures, limit: maximumFailuresPerAccount, now: now),
            secondsRefused(addressFailures, limit: maximumFailuresPerAddress, now: now)
        )
        guard wait > 0 else { return .allowed }
        let seconds = Int(wait.rounded(.up))
        let minutes = (seconds + 59) / 60
        return .refused(
            retryAfterSeconds: seconds,
            message: "\(refusal). Try again in \(minutes) \(minutes == 1 ? "minute" : "minutes")."
        )
    }

    /// Seconds until `failures` no longer hold the limit; 0 or less when they do not hold it now.
    /// Every run of `limit` consecutive failures closer together than `window` refuses until
    /// `lockout` after its first failure; the latest such run decides.
    func secondsRefused(_ failures: [Double], limit: Int, now: Double) -> Double {
        let sorted = failures.sorted()
        let limit = max(limit, 1)
        guard sorted.count >= limit else { return 0 }
        let hold = max(window, lockout)
        var longest = 0.0
        for last in (limit - 1)..<sorted.count {
            let first = sorted[last - limit + 1]
            if sorted[last] - first < window {
                longest = max(longest, first + hold - now)
            }
        }
        return longest
    }
}
