/// A two-sided confidence interval, in the units of the figure it belongs to (a ratio,
/// a proportion 0–1, percent 0–100 or percentage points; each producer says which).
public struct ConfidenceInterval: Sendable, Hashable, Codable {
    public let low: Double
    public let high: Double

    /// An interval from `low` to `high`, in the units of its figure.
    public init(low: Double, high: Double) {
        self.low = low
        self.high = high
    }

    /// Whether `x` lies strictly outside the interval. A difference is called statistically
    /// significant when the interval excludes the value of no difference: 1 for a relative
    /// likelihood, 0 for a gap (DOMAIN.md, shared arithmetic). An endpoint equal to `x`
    /// does not exclude it.
    public func excludes(_ x: Double) -> Bool { x < low || x > high }

    /// The interval with both ends multiplied by `factor`, e.g. 100 to turn a proportion
    /// interval (0–1) into percent (0–100) or percentage points.
    public func scaled(by factor: Double) -> ConfidenceInterval {
        ConfidenceInterval(low: low * factor, high: high * factor)
    }
}
