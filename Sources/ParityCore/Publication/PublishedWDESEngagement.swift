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

    /// Applies `policy` to the engine's metric 9a.
    public init(_ engagement: WDESEngagement, policy: DisclosurePolicy) {
        let disabled = engagement.scores[.disabled].map { PublishedWDESEngagementScore($0, policy: policy) }
        let nonDisabled = engagement.scores[.nonDisabled].map { PublishedWDESEngagementScore($0, policy: policy) }
        let withheld = engagement.gap != nil && (disabled?.isWithheld ?? true || nonDisabled?.isWithheld ?? true)
        self.disabled = disabled
        self.nonDisabled = nonDisabled
        organisation = engagement.organisation.map { PublishedWDESEngagementScore($0, policy: policy) }
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

    /// Applies `policy`: the mean is withheld below the survey respondent minimum.
    public init(_ score: EngagementScore, policy: DisclosurePolicy) {
        respondents = policy.disclose(score.respondents)
        isWithheld = score.mean != nil && !policy.mayPublishSurvey(respondents: score.respondents)
        mean = isWithheld ? nil : score.mean
    }
}
