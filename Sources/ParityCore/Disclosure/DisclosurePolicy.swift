/// The thresholds of statistical disclosure control, one policy value each, so a change of
/// rule is a change of configuration (DOMAIN.md, disclosure control).
public struct DisclosurePolicy: Sendable, Hashable {
    /// Counts from 1 up to this value are hidden; 0 may be shown.
    public var smallCountMaximum: Int
    /// A ratio or percentage is published only when every count behind it is at least this.
    public var minimumCountForFigure: Int
    /// Survey results for a group with fewer respondents than this are not reported.
    public var minimumSurveyRespondents: Int
    /// Staff voice and pulse results are not broken down below this many contributions.
    public var minimumVoiceContributions: Int

    public init(
        smallCountMaximum: Int = 4,
        minimumCountForFigure: Int = 5,
        minimumSurveyRespondents: Int = 11,
        minimumVoiceContributions: Int = 10
    ) {
        self.smallCountMaximum = smallCountMaximum
        self.minimumCountForFigure = minimumCountForFigure
        self.minimumSurveyRespondents = minimumSurveyRespondents
        self.minimumVoiceContributions = minimumVoiceContributions
    }

    /// The rules for anything shown outside the owning organisation and all public output.
    public static let publicRelease = DisclosurePolicy()

    /// Nothing hidden: the owning organisation sees its own data unsuppressed.
    public static let unrestricted = DisclosurePolicy(
        smallCountMaximum: 0,
        minimumCountForFigure: 0,
        minimumSurveyRespondents: 0,
        minimumVoiceContributions: 0
    )

    /// Whether this policy hides nothing at all.
    public var isUnrestricted: Bool {
        smallCountMaximum < 1 && minimumCountForFigure < 1
            && minimumSurveyRespondents < 1 && minimumVoiceContributions < 1
    }
}
