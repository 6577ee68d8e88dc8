/// WRES indicators 5–8: the percentage of BME and White Staff Survey respondents answering
/// yes, the relative likelihood of the experience that is flagged, and the gap between them in
/// percentage points shown beside it (DOMAIN.md, WRES indicators; flags for survey indicators).
public struct SurveyComparison: Sendable, Hashable, Codable {
    public let indicator: Int
    /// True only for indicator 7 (equal opportunities), where a lower BME % is worse.
    public let higherIsBetter: Bool
    /// Respondents answering yes of respondents; `nil` when the return lacks the counts.
    public let white: Proportion?
    public let bme: Proportion?
    /// Percent 0–100, unrounded.
    public let whitePercent: Double?
    public let bmePercent: Double?
    /// Wilson score intervals, in percent 0–100.
    public let whiteInterval: ConfidenceInterval?
    public let bmeInterval: ConfidenceInterval?
    /// BME % − White %, in percentage points.
    public let gapPoints: Double?
    /// Newcombe's hybrid score interval of the gap, in percentage points.
    public let gapInterval: ConfidenceInterval?
    /// BME % ÷ White % (White % ÷ BME % for indicator 7), its interval, significance and flag.
    public let likelihood: SurveyLikelihood
    /// The indicator's flag: the relative likelihood's (`SurveyLikelihood.flag`).
    public var flag: Flag { likelihood.flag }

    /// A comparison from computed figures; `WRESEngine.survey` computes one from counts.
    public init(
        indicator: Int, higherIsBetter: Bool, white: Proportion?, bme: Proportion?,
        whitePercent: Double?, bmePercent: Double?, whiteInterval: ConfidenceInterval?, bmeInterval: ConfidenceInterval?,
        gapPoints: Double?, gapInterval: ConfidenceInterval?, likelihood: SurveyLikelihood
    ) {
        self.indicator = indicator
        self.higherIsBetter = higherIsBetter
        self.white = white
        self.bme = bme
        self.whitePercent = whitePercent
        self.bmePercent = bmePercent
        self.whiteInterval = whiteInterval
        self.bmeInterval = bmeInterval
        self.gapPoints = gapPoints
        self.gapInterval = gapInterval
        self.likelihood = likelihood
    }
}
