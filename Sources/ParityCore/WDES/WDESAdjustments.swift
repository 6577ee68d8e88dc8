/// WDES metric 8: the percentage of Disabled staff saying their employer has made adequate
/// reasonable adjustments. Disabled staff only, so there is no gap and no flag
/// (DOMAIN.md, WDES metric 8).
public struct WDESAdjustments: Sendable, Hashable, Codable {
    /// Disabled respondents answering yes of Disabled respondents; `nil` when not carried.
    public let disabled: Proportion?
    /// Percent 0–100, unrounded.
    public let percent: Double?
    /// The Wilson score interval, in percent 0–100.
    public let interval: ConfidenceInterval?
    /// True when fewer Disabled staff answered than the policy's survey minimum.
    public let isTooFewToConclude: Bool

    /// Metric 8 from computed figures; `WDESEngine.adjustments` computes one from counts.
    public init(disabled: Proportion?, percent: Double?, interval: ConfidenceInterval?, isTooFewToConclude: Bool) {
        self.disabled = disabled
        self.percent = percent
        self.interval = interval
        self.isTooFewToConclude = isTooFewToConclude
    }
}
