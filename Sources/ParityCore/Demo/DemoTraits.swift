/// The constants of one demo organisation drawn once from its random stream: what stays
/// broadly the same from year to year.
struct DemoTraits: Sendable {
    var unknownShare: Double
    var shortlistingRate: Double
    var whiteAppointmentRate: Double
    var whiteDisciplinaryRate: Double
    var whiteTrainingRate: Double
    var surveyResponseRate: Double
    /// White respondents' "yes" share for indicators 5, 6, 7 and 8.
    var whiteSurveyShare: [Int: Double]
    /// How far indicators 2, 3, 4 and the survey stray from the organisation's bias.
    var spread: [Int: Double]

    init(outcome: DemoOutcome, random: inout SplitMix64) {
        unknownShare = random.uniform(0.015...0.045)
        shortlistingRate = random.uniform(0.25...0.5)
        whiteAppointmentRate = random.uniform(0.18...0.32)
        whiteDisciplinaryRate = random.uniform(0.004...0.008)
        whiteTrainingRate = random.uniform(0.3...0.6)
        surveyResponseRate = random.uniform(0.36...0.46)
        whiteSurveyShare = [
            5: random.uniform(0.255...0.285),
            6: random.uniform(0.23...0.255),
            7: random.uniform(0.55...0.59),
            8: random.uniform(0.055...0.075),
        ]
        var spread: [Int: Double] = [:]
        for part in [2, 3, 4, 5] { spread[part] = random.uniform(outcome.spread) }
        self.spread = spread
    }
}
