/// A WDES Staff Survey metric (4a(i)–7) as it may be shown: a group's result is reported
/// only when it has enough respondents and every count behind it may be published, and the
/// gap Disabled % − non-disabled % only when both groups are reported (DOMAIN.md,
/// disclosure control).
public struct PublishedWDESSurvey: Sendable, Hashable {
    public let metric: WDESMetric
    public let higherIsBetter: Bool
    public let disabled: PublishedSurveyGroup?
    public let nonDisabled: PublishedSurveyGroup?
    /// Disabled % − non-disabled %, in percentage points; nil when undefined or withheld.
    public let gapPoints: Double?
    public let gapInterval: ConfidenceInterval?
    /// The relative likelihood the flag reads, Disabled % ÷ non-disabled % (non-disabled % ÷
    /// Disabled % for 4b, 5 and 7), with its interval and significance; nil when undefined or
    /// withheld.
    public let relativeLikelihood: Double?
    public let confidenceInterval: ConfidenceInterval?
    public let isSignificant: Bool?
    public let flag: Flag
    public let isWithheld: Bool
    public let sentence: String

    /// Applies `disclosure` to an engine comparison.
    public init(_ survey: WDESSurveyComparison, disclosure: CountDisclosure) {
        metric = survey.metric
        higherIsBetter = survey.higherIsBetter
        let measure = survey.metric.rawValue
        let disabled = survey.disabled.map {
            PublishedSurveyGroup($0, percent: survey.disabledPercent, interval: survey.disabledInterval, group: .disabled, measure: measure, disclosure: disclosure)
        }
        let nonDisabled = survey.nonDisabled.map {
            PublishedSurveyGroup($0, percent: survey.nonDisabledPercent, interval: survey.nonDisabledInterval, group: .nonDisabled, measure: measure, disclosure: disclosure)
        }
        let withheld = survey.gapPoints != nil && (disabled?.isWithheld ?? true || nonDisabled?.isWithheld ?? true)
        self.disabled = disabled
        self.nonDisabled = nonDisabled
        gapPoints = withheld ? nil : survey.gapPoints
        gapInterval = withheld ? nil : survey.gapInterval
        relativeLikelihood = withheld ? nil : survey.likelihood.relativeLikelihood
        confidenceInterval = withheld ? nil : survey.likelihood.confidenceInterval
        isSignificant = withheld ? nil : survey.likelihood.isSignificant
        flag = withheld ? .tooFewToConclude : survey.flag
        isWithheld = withheld
        sentence = withheld ? Withholding.surveySentence : WDESReading.sentence(survey)
    }
}
