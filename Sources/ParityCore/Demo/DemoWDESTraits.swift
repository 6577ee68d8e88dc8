/// The WDES constants of one demo organisation, drawn once from its own WDES stream: what
/// stays broadly the same from year to year.
struct DemoWDESTraits: Sendable {
    /// Staff declaring a disability in the latest year, and how much that share grew a year.
    var disabledShare: Double
    var disabledShareRise: Double
    /// Staff whose disability status is unknown in the latest year, and how fast it fell.
    var unknownShare: Double
    var unknownShareFall: Double
    /// How strongly the organisation's outcome shows in its WDES figures (0–1).
    var biasScale: Double
    /// Disabled staff as a share of Staff Survey respondents (higher than of staff).
    var surveyDisabledShare: Double
    /// The organisation's engagement score (0–10) and how far Disabled staff's falls below it.
    var engagement: Double
    var engagementGap: Double
    var capabilityRate: Double
    /// Disabled staff as a share of applicants shortlisted.
    var shortlistedDisabledShare: Double
    /// The chance of answering yes to metric 9b in the earliest year; it rises every year.
    var voiceActionChance: Double

    init(random: inout SplitMix64) {
        disabledShare = random.uniform(0.06...0.08)
        disabledShareRise = random.uniform(0.003...0.005)
        unknownShare = random.uniform(0.15...0.19)
        unknownShareFall = random.uniform(0.008...0.015)
        biasScale = random.uniform(0.4...1.0)
        surveyDisabledShare = random.uniform(0.21...0.25)
        engagement = random.uniform(6.6...6.95)
        engagementGap = random.uniform(0.2...0.35)
        capabilityRate = random.uniform(0.0003...0.0007)
        shortlistedDisabledShare = random.uniform(0.065...0.095)
        voiceActionChance = random.uniform(0.6...0.85)
    }
}
