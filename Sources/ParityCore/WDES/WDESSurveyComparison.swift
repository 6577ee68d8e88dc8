/// WDES metrics 4a(i)–7: the percentage of Disabled and non-disabled Staff Survey
/// respondents answering yes, the relative likelihood of the experience that is flagged, and
/// the gap Disabled % − non-disabled % in percentage points shown beside it (DOMAIN.md, WDES
/// metrics; flags for survey indicators).
public struct WDESSurveyComparison: Sendable, Hashable, Codable {
    public let metric: WDESMetric
    /// True for 4b, 5 and 7, where a lower Disabled % is adverse.
    public let higherIsBetter: Bool
    /// Respondents answering yes of respondents; `nil` when the return lacks the counts.
    public let disabled: Proportion?
    public let nonDisabled: Proportion?
    /// Percent 0–100, unrounded.
    public let disabledPercent: Double?
    public let nonDisabledPercent: Double?
    /// Wilson score intervals, in percent 0–100.
    public let disabledInterval: ConfidenceInterval?
    public let nonDisabledInterval: ConfidenceInterval?
    /// Disabled % − non-disabled %, in percentage points.
    public let gapPoints: Double?
    /// Newcombe's hybrid score interval of the gap, in percentage points.
    public let gapInterval: ConfidenceInterval?
    /// Disabled % ÷ non-disabled % (non-disabled % ÷ Disabled % for 4b, 5 and 7), its
    /// interval, significance and flag.
    public let likelihood: SurveyLikelihood
    /// The metric's flag: the relative likelihood's (`SurveyLikelihood.flag`).
    public var flag: Flag { likelihood.flag }

    /// A comparison from computed figures; `WDESEngine.survey` computes one from counts.
    public init(
        metric: WDESMetric, higherIsBetter: Bool, disabled: Proportion?, nonDisabled: Proportion?,
        disabledPercent: Double?, nonDisabledPercent: Double?,
        disabledInterval: ConfidenceInterval?, nonDisabledInterval: ConfidenceInterval?,
        gapPoints: Double?, gapInterval: ConfidenceInterval?, likelihood: SurveyLikelihood
    ) {
        self.metric = metric
        self.higherIsBetter = higherIsBetter
        self.disabled = disabled
        self.nonDisabled = nonDisabled
        self.disabledPercent = disabledPercent
        self.nonDisabledPercent = nonDisabledPercent
        self.disabledInterval = disabledInterval
        self.nonDisabledInterval = nonDisabledInterval
        self.gapPoints = gapPoints
        self.gapInterval = gapInterval
        self.likelihood = likelihood
    }
}
