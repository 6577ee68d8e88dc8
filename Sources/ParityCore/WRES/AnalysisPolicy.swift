/// The analysis rules Parity applies to WRES figures, in one place so that a change of rule
/// is a change of one value, and so the UI can say which rule was applied
/// (`ruleDescription`). Defaults follow DOMAIN.md; the flag rules are project decisions:
///
/// - Indicators 2–4 (relative likelihood, oriented so that above 1 is adverse to BME staff:
///   2 is White ÷ BME, 3 is BME ÷ White, 4 is White ÷ BME): n/a when the RL is undefined or
///   data is missing; too few to conclude when the RL exists but its interval does not (no
///   events in a group); otherwise adverse above `nonAdverseRange`, favourable below it and
///   non-adverse inside it, edges included (the four-fifths rule, 0.80–1.25).
/// - Indicators 5–8 and WDES 4a(i)–7 (Staff Survey): the relative likelihood of the
///   experience, oriented the same way (BME % ÷ White % for 5, 6 and 8; White % ÷ BME % for 7,
///   where higher is better), flagged by the same `nonAdverseRange`; n/a when a group is
///   missing, has no respondents or the divisor percentage is 0; too few to conclude when a
///   group has fewer than `minimumSurveyRespondents` or no one in the numerator's group answered
///   yes (no interval). The gap BME % − White % and its Newcombe interval are shown beside it;
///   significance (an interval excluding parity) is reported for every indicator and never
///   makes a flag by itself. WDES 9a, a mean score, carries no flag.
public struct AnalysisPolicy: Sendable, Hashable {
    /// Relative likelihoods inside this range (edges included) are non-adverse: those of
    /// indicators 2–4 and the survey indicators' alike.
    public var nonAdverseRange: ClosedRange<Double> = 0.80...1.25
    /// The normal deviate of every confidence interval: 1.96 for 95%.
    public var z: Double = 1.96
    /// Survey groups with fewer respondents than this are too few to conclude (DOMAIN.md
    /// disclosure control uses the same threshold of 11 for reporting).
    public var minimumSurveyRespondents = 11

    /// A policy with the given rules; every default is the DOMAIN.md value.
    public init(nonAdverseRange: ClosedRange<Double> = 0.80...1.25, z: Double = 1.96, minimumSurveyRespondents: Int = 11) {
        self.nonAdverseRange = nonAdverseRange
        self.z = z
        self.minimumSurveyRespondents = minimumSurveyRespondents
    }

    /// The rules of DOMAIN.md: 0.80–1.25, 95% intervals, 11 survey respondents.
    public static let standard = AnalysisPolicy()
}
