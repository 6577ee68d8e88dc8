extension DisclosurePolicy {
    /// A single count after primary suppression: hidden when it is from 1 to
    /// `smallCountMaximum`; 0 and larger counts are shown (DOMAIN.md, disclosure control).
    /// Use `suppressTable` when the count sits in a table whose totals are shown.
    public func disclose(_ count: Int) -> DisclosedCount {
        count >= 1 && count <= smallCountMaximum ? .suppressed : .value(count)
    }

    /// Whether a ratio or percentage (a relative likelihood, a share) may be published: true
    /// when every count it is built from is at least `minimumCountForFigure`
    /// (DOMAIN.md, disclosure control).
    public func mayPublishFigure(builtFrom counts: [Int]) -> Bool {
        isUnrestricted || counts.allSatisfy { $0 >= minimumCountForFigure }
    }

    /// Whether a group's survey results may be reported: true when it has at least
    /// `minimumSurveyRespondents` respondents (DOMAIN.md, disclosure control).
    public func mayPublishSurvey(respondents: Int) -> Bool {
        isUnrestricted || respondents >= minimumSurveyRespondents
    }

    /// Whether staff voice or pulse results may be broken down into a group: true when it has at
    /// least `minimumVoiceContributions` contributions (DOMAIN.md, disclosure control).
    public func mayPublishVoiceBreakdown(contributions: Int) -> Bool {
        isUnrestricted || contributions >= minimumVoiceContributions
    }
}
