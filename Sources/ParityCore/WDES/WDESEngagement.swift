/// WDES metric 9a: the Staff Survey engagement score (0–10) of Disabled staff, non-disabled
/// staff and the whole organisation, and the gap Disabled − non-disabled in points of the
/// 0–10 scale (DOMAIN.md, WDES metric 9a). No interval: the survey publishes means only.
public struct WDESEngagement: Sendable, Hashable, Codable {
    /// Respondents and score sum per group, for the groups the return carries.
    public let scores: [PopulationGroup: EngagementScore]
    /// The respondent-weighted mean over every group carried (Disabled, non-disabled and
    /// Unknown): the organisation's score when every respondent is in one of them.
    public let organisation: EngagementScore?
    /// Disabled mean − non-disabled mean, on the 0–10 scale; `nil` when either is missing.
    public let gap: Double?

    /// Metric 9a from each group's score; the organisation's score and the gap are computed.
    public init(scores: [PopulationGroup: EngagementScore]) {
        self.scores = scores
        let carried = Array(scores.values)
        organisation = carried.isEmpty ? nil : EngagementScore(
            respondents: carried.reduce(0) { $0 + $1.respondents },
            scoreSumHundredths: carried.reduce(0) { $0 + $1.scoreSumHundredths }
        )
        gap = scores[.disabled]?.mean.flatMap { d in scores[.nonDisabled]?.mean.map { d - $0 } }
    }
}

/// One group's engagement: respondents and the sum of their scores in hundredths of a
/// point, kept as counts so that roll-ups pool them (DOMAIN.md, roll-ups).
public struct EngagementScore: Sendable, Hashable, Codable {
    public let respondents: Int
    public let scoreSumHundredths: Int

    public init(respondents: Int, scoreSumHundredths: Int) {
        self.respondents = respondents
        self.scoreSumHundredths = scoreSumHundredths
    }

    /// The mean score, 0–10; `nil` without respondents or when the sum implies a mean
    /// outside 0–10 (inconsistent counts).
    public var mean: Double? {
        guard respondents > 0 else { return nil }
        let mean = Double(scoreSumHundredths) / Double(respondents) / 100
        return (0...10).contains(mean) ? mean : nil
    }

    /// The score sum a return carries for a published mean (0–10) and respondent count:
    /// `mean × respondents × 100`, rounded to a whole hundredth.
    public static func scoreSumHundredths(mean: Double, respondents: Int) -> Int {
        Int((mean * Double(respondents) * 100).rounded())
    }
}
