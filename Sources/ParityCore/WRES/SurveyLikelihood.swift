/// The relative likelihood of a Staff Survey experience for one group against another (WRES
/// indicators 5–8, WDES metrics 4a(i)–7), oriented so that above 1 is adverse to the group the
/// standard protects: the protected group's percentage ÷ the other's where answering yes is a
/// harm, the other's ÷ the protected group's where it is a good (DOMAIN.md, flags for survey
/// indicators). Both standards flag it by the same rule, so it lives here once.
public struct SurveyLikelihood: Sendable, Hashable, Codable {
    /// The oriented ratio of the two percentages, a plain ratio; `nil` (n/a) when a group has
    /// no respondents or the divisor percentage is 0.
    public let relativeLikelihood: Double?
    /// The log-method interval of the ratio, as a ratio; `nil` when either group had no one
    /// answering yes (too few events).
    public let confidenceInterval: ConfidenceInterval?
    /// Whether the interval excludes 1 (parity); `nil` without an interval. Reported beside
    /// the flag, never a flag by itself.
    public let isSignificant: Bool?
    public let flag: Flag

    /// Orients `protected` (BME or Disabled staff) against `other` (White or non-disabled
    /// staff) by `higherIsBetter` and computes the ratio, its log-method interval at
    /// `policy.z`, its significance and the flag `AnalysisPolicy.surveyFlag` gives them
    /// (DOMAIN.md, flags for survey indicators).
    public init(protected: Proportion?, other: Proportion?, higherIsBetter: Bool, policy: AnalysisPolicy) {
        let (focus, reference) = higherIsBetter ? (other, protected) : (protected, other)
        let ratio = focus.flatMap { f in reference.flatMap { RelativeLikelihood.ratio(focus: f, reference: $0) } }
        let interval = focus.flatMap { f in reference.flatMap { RelativeLikelihood.interval(focus: f, reference: $0, z: policy.z) } }
        relativeLikelihood = ratio
        confidenceInterval = interval
        isSignificant = interval.map { $0.excludes(1) }
        flag = policy.surveyFlag(focus: focus, reference: reference, relativeLikelihood: ratio, interval: interval)
    }
}
