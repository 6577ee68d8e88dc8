import Testing
@testable import ParityCore

@Suite("Sign-in throttle")
struct SignInThrottleTests {
    static let now = 1_800_000_000.0
    static func ago(_ seconds: Double...) -> [Double] { seconds.map { now - $0 } }
    static func message(_ minutes: Int) -> String {
        "Too many failed sign-in attempts. Try again in \(minutes) \(minutes == 1 ? "minute" : "minutes")."
    }

    @Test(arguments: [
        // four failures are tolerated, the fifth refuses
        (ago(10, 20, 30, 40), [Double](), ThrottleDecision.allowed),
        (ago(10, 20, 30, 40, 50), [], .refused(retryAfterSeconds: 850, message: message(15))),
        // frees up when the oldest failure that keeps it at five ages out
        (ago(10, 20, 30, 40, 600), [], .refused(retryAfterSeconds: 300, message: message(5))),
        (ago(10, 20, 30, 40, 50, 800), [], .refused(retryAfterSeconds: 850, message: message(15))),
        // a failure exactly `window` old no longer counts
        (ago(10, 20, 30, 40, 900), [], .allowed),
        (ago(10, 20, 30, 40, 899), [], .refused(retryAfterSeconds: 1, message: message(1))),
        (ago(10, 20, 30, 40, 899.5), [], .refused(retryAfterSeconds: 1, message: message(1))),
        (ago(10, 20, 30, 40, 839.5), [], .refused(retryAfterSeconds: 61, message: message(2))),
        (ago(10, 20, 30, 40, 840), [], .refused(retryAfterSeconds: 60, message: message(1))),
        (ago(0, 0, 0, 0, 0), [], .refused(retryAfterSeconds: 900, message: message(15))),
        // order does not matter
        (ago(600, 10, 40, 20, 30), [], .refused(retryAfterSeconds: 300, message: message(5))),
        (ago(1_000, 2_000, 3_000, 4_000, 5_000, 6_000), [], .allowed),
    ] as [([Double], [Double], ThrottleDecision)])
    func accountLimit(account: [Double], address: [Double], expected: ThrottleDecision) {
        #expect(SignInThrottle.standard.decision(accountFailures: account, addressFailures: address, now: Self.now) == expected)
    }

    @Test func addressLimitIsTwentyInTheWindow() {
        let throttle = SignInThrottle.standard
        let nineteen = (1...19).map { Self.now - Double($0) * 10 }
        #expect(throttle.decision(accountFailures: [], addressFailures: nineteen, now: Self.now) == .allowed)
        let twenty = nineteen + [Self.now - 500]
        #expect(throttle.decision(accountFailures: [], addressFailures: twenty, now: Self.now)
            == .refused(retryAfterSeconds: 400, message: Self.message(7)))
        let twentyWithOneStale = nineteen + [Self.now - 900]
        #expect(throttle.decision(accountFailures: [], addressFailures: twentyWithOneStale, now: Self.now) == .allowed)
    }

    @Test func longerWaitOfAccountAndAddressWins() {
        let account = Self.ago(10, 20, 30, 40, 700)
        let address = (1...20).map { Self.now - Double($0) }
        #expect(SignInThrottle.standard.decision(accountFailures: account, addressFailures: address, now: Self.now)
            == .refused(retryAfterSeconds: 880, message: Self.message(15)))
    }

    @Test func lockoutLongerThanWindowHoldsFromTheFirstFailureOfTheRun() {
        // given an hour's lockout after five failures within fifteen minutes
        let throttle = SignInThrottle(lockout: 3_600)
        let run = Self.ago(1_000, 1_010, 1_020, 1_030, 1_040)
        // then the run still refuses after it left the window, until an hour after its first failure
        #expect(throttle.decision(accountFailures: run, addressFailures: [], now: Self.now)
            == .refused(retryAfterSeconds: 2_560, message: Self.message(43)))
        #expect(throttle.decision(accountFailures: run, addressFailures: [], now: Self.now + 2_559)
            == .refused(retryAfterSeconds: 1, message: Self.message(1)))
        #expect(throttle.decision(accountFailures: run, addressFailures: [], now: Self.now + 2_560) == .allowed)
        // and failures spread wider than the window never trip it
        let spread = Self.ago(0, 300, 600, 900, 1_200)
        #expect(throttle.decision(accountFailures: spread, addressFailures: [], now: Self.now) == .allowed)
    }

    @Test func lockoutShorterThanWindowStillWaitsForFailuresToAgeOut() {
        let throttle = SignInThrottle(lockout: 60)
        #expect(throttle.decision(accountFailures: Self.ago(10, 20, 30, 40, 600), addressFailures: [], now: Self.now)
            == .refused(retryAfterSeconds: 300, message: Self.message(5)))
    }
}
