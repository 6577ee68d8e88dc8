/// The limits the data-quality checks warn at, one value each (issue 13). They are project
/// decisions, chosen to catch a keying or extract error rather than a real change.
public struct DataQualityThresholds: Sendable, Hashable {
    /// A relative likelihood moving by more than this since last year (2.00 → 1.40 is 0.60).
    public var likelihoodMovement = 0.5
    /// A percentage or a gap in points moving by more than this since last year.
    public var pointsMovement = 10.0
    /// Unknown ethnicity above this share of the workforce, in percent (WRES).
    public var unknownEthnicityPercent = 10.0
    /// Unknown disability status above this share of the workforce, in percent (WDES): higher
    /// than for ethnicity because many staff still do not declare it.
    public var unknownDisabilityPercent = 25.0
    /// Survey groups with fewer respondents than this are not reported (DOMAIN.md: 11).
    public var minimumSurveyRespondents = AnalysisPolicy.standard.minimumSurveyRespondents
    /// Fewer cases than this in either group makes a disciplinary or capability likelihood
    /// too unstable to conclude from.
    public var minimumCases = 5

    public init() {}

    public static let standard = DataQualityThresholds()
}
