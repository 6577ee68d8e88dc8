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

    public init(_ survey: SurveyComparison, disclosure: CountDisclosure) {
        indicator = survey.indicator
        higherIsBetter = survey.higherIsBetter
        let measure = String(survey.indicator)
        let white = survey.white.map {
            PublishedSurveyGroup($0, percent: survey.whitePercent, interval: survey.whiteInterval, group: .white, measure: measure, disclosure: disclosure)
        }
        let bme = survey.bme.map {
            PublishedSurveyGroup($0, percent: survey.bmePercent, interval: survey.bmeInterval, group: .bme, measure: measure, disclosure: disclosure)
        }
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

    /// A group's answers to the survey measure `measure` (an indicator or metric number).
    init(_ proportion: Proportion, percent: Double?, interval: ConfidenceInterval?, group: PopulationGroup, measure: String, disclosure: CountDisclosure) {
        let counts: [(Int, CountItem)] = [
            (proportion.events, .survey(disclosure.standard, measure: measure, group: group, respondents: false)),
            (proportion.base, .survey(disclosure.standard, measure: measure, group: group, respondents: true)),
        ]
        self.group = group
        respondents = disclosure.disclose(counts[1].0, counts[1].1)
        yes = disclosure.disclose(counts[0].0, counts[0].1)
        isWithheld = !disclosure.policy.mayPublishSurvey(respondents: proportion.base) || !disclosure.mayPublishFigure(builtFrom: counts)
        self.percent = isWithheld ? nil : percent
        self.interval = isWithheld ? nil : interval
    }
}
