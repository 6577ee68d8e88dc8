/// WDES metric 8 (Disabled staff only) as it may be shown: the percentage is reported only
/// when enough Disabled staff answered and every count behind it may be published
/// (DOMAIN.md, WDES metric 8 and disclosure control). It has no gap and no flag.
public struct PublishedWDESAdjustments: Sendable, Hashable {
    public let disabled: PublishedSurveyGroup?
    /// Percentage of Disabled respondents saying yes, 0–100; nil when undefined or withheld.
    public var percent: Double? { disabled?.percent }
    public let isWithheld: Bool
    public let sentence: String

    /// Applies `disclosure` to the engine's metric 8.
    public init(_ adjustments: WDESAdjustments, disclosure: CountDisclosure) {
        disabled = adjustments.disabled.map {
            PublishedSurveyGroup($0, percent: adjustments.percent, interval: adjustments.interval, group: .disabled,
                                 measure: WDESMetric.reasonableAdjustments.rawValue, disclosure: disclosure)
        }
        isWithheld = adjustments.percent != nil && disabled?.isWithheld == true
        sentence = isWithheld ? Withholding.surveySentence : WDESReading.sentence(adjustments)
    }
}
