/// A target with its evaluated outcome, the figure it was judged on and why.
public struct TargetResult: Sendable, Hashable {
    public let target: Target
    public let outcome: TargetOutcome
    /// The unrounded figure from the target year's report; `nil` unless met or not met.
    public let actual: Double?
    /// The outcome in plain English: "Not met: 1.53 in the 2027 return, against a target of ≤ 1.25."
    public let explanation: String

    /// A result as evaluated; `TargetEvaluation.evaluate` makes one from reports.
    public init(target: Target, outcome: TargetOutcome, actual: Double?, explanation: String) {
        self.target = target
        self.outcome = outcome
        self.actual = actual
        self.explanation = explanation
    }

    /// The actual figure for people to read, precise enough to differ from the target's
    /// value when it does ("1.2501" against "1.25"); `nil` without one.
    public var actualText: String? {
        actual.map { target.measure.distinctText($0, from: target.value) }
    }
}
