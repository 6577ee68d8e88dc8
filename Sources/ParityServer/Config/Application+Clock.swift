import Vapor

extension Application {
    private struct ClockKey: StorageKey { typealias Value = @Sendable () -> Date }

    /// The time Parity believes it is. Production reads the system clock; tests fix it, so the
    /// core's rules (which take `now` as a parameter) can be tested at their edges.
    public var now: @Sendable () -> Date {
        get { storage[ClockKey.self] ?? { Date() } }
        set { storage[ClockKey.self] = newValue }
    }
}

extension Request {
    var now: Date { application.now() }
}
