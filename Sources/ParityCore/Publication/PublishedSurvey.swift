/// A Staff Survey indicator (WRES 5–8) as it may be shown: a group's result is reported only
/// when it has enough respondents, and the gap only when both groups are reported.
public struct PublishedSurvey: Sendable, Hashable {
    public let indicator: Int
    public let higherIsBetter: Bool
    public let white: PublishedSurveyGroup?
    public let bme: PublishedSurveyGroup?
    public let gapPoints: Double?
    public let gapInterval: ConfidenceInterval?
    /// The relative likelihood the flag reads, BME % ÷ White % (White % ÷ BME % for
    /// indicator 7), with its interval and significance; nil when undefined or withheld.
    public let relativeLikelihood: Double?
    public let confidenceInterval: ConfidenceInterval?
    public let isSignificant: Bool?
    public let flag: Flag
    public let isWithheld: Bool
    public let sentence: String

    public init(_ survey: SurveyComparison, policy: DisclosurePolicy) {
        indicator = survey.indicator
        higherIsBetter = survey.higherIsBetter
        let white = survey.white.map { PublishedSurveyGroup($0, percent: survey.whitePercent, interval: survey.whiteInterval, group: .white, policy: policy) }
        let bme = survey.bme.map { PublishedSurveyGroup($0, percent: survey.bmePercent, interval: survey.bmeInterval, group: .bme, policy: policy) }
        let withheld = survey.gapPoints != nil && (white?.isWithheld ?? true || bme?.isWithheld ?? true)
        self.white = white
        self.bme = bme
        gapPoints = withheld ? nil : survey.gapPoints
        gapInterval = withheld ? nil : survey.gapInterval
        relativeLikelihood = withheld ? nil : survey.likelihood.relativeLikelihood
        confidenceInterval = withheld ? nil : survey.likelihood.confidenceInterval
        isSignificant = withheld ? nil : survey.likelihood.isSignificant
        flag = withheld ? .tooFewToConclude : survey.flag
        isWithheld = withheld
        sentence = withheld ? Withholding.surveySentence : WRESReading.sentence(survey)
    }
}

public struct PublishedSurveyGroup: Sendable, Hashable {
    public let group: PopulationGroup
    public let respondents: DisclosedCount
    public let yes: DisclosedCount
    /// Percentage answering yes, 0–100; nil when withheld or undefined.
    public let percent: Double?
    public let interval: ConfidenceInterval?
    public let isWithheld: Bool

    init(_ proportion: Proportion, percent: Double?, interval: ConfidenceInterval?, group: PopulationGroup, policy: DisclosurePolicy) {
        self.group = group
        respondents = policy.disclose(proportion.base)
        yes = policy.disclose(proportion.events)
        isWithheld = !policy.mayPublishSurvey(respondents: proportion.base)
            || !policy.mayPublishFigure(builtFrom: [proportion.events, proportion.base])
        self.percent = isWithheld ? nil : percent
        self.interval = isWithheld ? nil : interval
    }
}
