/// WDES metric 9a as it may be shown: each engagement score (0–10) is reported only when its
/// group has at least the policy's survey minimum of respondents, and the gap
/// Disabled − non-disabled only when both are (DOMAIN.md, WDES metric 9a and disclosure control).
public struct PublishedWDESEngagement: Sendable, Hashable {
    public let disabled: PublishedWDESEngagementScore?
    public let nonDisabled: PublishedWDESEngagementScore?
    /// Every respondent with a score, Unknown included.
    public let organisation: PublishedWDESEngagementScore?
    /// Disabled mean − non-disabled mean on the 0–10 scale; nil when undefined or withheld.
    public let gap: Double?
    public let isWithheld: Bool
    public let sentence: String

    /// Applies `disclosure` to the engine's metric 9a.
    public init(_ engagement: WDESEngagement, disclosure: CountDisclosure) {
        let disabled = engagement.scores[.disabled].map { PublishedWDESEngagementScore($0, group: .disabled, disclosure: disclosure) }
        let nonDisabled = engagement.scores[.nonDisabled].map { PublishedWDESEngagementScore($0, group: .nonDisabled, disclosure: disclosure) }
        let withheld = engagement.gap != nil && (disabled?.isWithheld ?? true || nonDisabled?.isWithheld ?? true)
        self.disabled = disabled
        self.nonDisabled = nonDisabled
        organisation = engagement.organisation.map { PublishedWDESEngagementScore($0, group: nil, disclosure: disclosure) }
        gap = withheld ? nil : engagement.gap
        isWithheld = withheld
        sentence = withheld ? Withholding.surveySentence : WDESReading.sentence(engagement)
    }
}

/// One engagement score as it may be shown.
public struct PublishedWDESEngagementScore: Sendable, Hashable {
    public let respondents: DisclosedCount
    /// The mean score, 0–10; nil when undefined or withheld.
    public let mean: Double?
    public let isWithheld: Bool

    /// Applies `disclosure`: the mean is withheld below the survey respondent minimum.
    /// One group's score, or the whole organisation's when `group` is nil.
    init(_ score: EngagementScore, group: PopulationGroup?, disclosure: CountDisclosure) {
        let item = CountItem.survey(disclosure.standard, measure: WDESMetric.engagement.rawValue, group: group, respondents: true)
        respondents = disclosure.disclose(score.respondents, item)
        isWithheld = score.mean != nil && (!disclosure.policy.mayPublishSurvey(respondents: score.respondents) || disclosure.isHidden(item))
        mean = isWithheld ? nil : score.mean
    }
}
