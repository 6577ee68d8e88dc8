extension AnalysisPolicy {
    /// The flag of a relative likelihood (WRES indicators 2–4) whose orientation puts
    /// adverse-to-BME above 1: n/a without an RL, too few to conclude without an interval,
    /// then adverse above `nonAdverseRange`, favourable below it, non-adverse inside it
    /// (edges included). The flag reads the point estimate; significance is reported
    /// separately (`LikelihoodComparison.isSignificant`).
    public func likelihoodFlag(relativeLikelihood: Double?, interval: ConfidenceInterval?) -> Flag {
        guard let ratio = relativeLikelihood, ratio.isFinite else { return .notApplicable }
        guard interval != nil else { return .tooFewToConclude }
        if ratio > nonAdverseRange.upperBound { return .adverse }
        if ratio < nonAdverseRange.lowerBound { return .favourable }
        return .nonAdverse
    }

    /// The flag of a Staff Survey comparison (WRES indicators 5–8, WDES metrics 4a(i)–7) from
    /// the two groups' counts and the oriented ratio of their percentages (`SurveyLikelihood`):
    /// n/a when a group is missing or has no defined proportion, too few to conclude when
    /// either group has fewer than `minimumSurveyRespondents`, otherwise the relative
    /// likelihood's rule (`likelihoodFlag`) with the same `nonAdverseRange`. Significance is
    /// reported separately and never makes a flag by itself (DOMAIN.md, flags for survey
    /// indicators).
    public func surveyFlag(focus: Proportion?, reference: Proportion?, relativeLikelihood: Double?, interval: ConfidenceInterval?) -> Flag {
        guard let focus, let reference, focus.isDefined, reference.isDefined else { return .notApplicable }
        guard focus.base >= minimumSurveyRespondents, reference.base >= minimumSurveyRespondents else { return .tooFewToConclude }
        return likelihoodFlag(relativeLikelihood: relativeLikelihood, interval: interval)
    }
}
