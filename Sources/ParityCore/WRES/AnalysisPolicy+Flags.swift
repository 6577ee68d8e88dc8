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

    /// The flag of a survey gap (WRES indicators 5–8) from the two groups' counts and the
    /// interval of the gap BME − White (any units in which 0 means no gap): n/a when a group
    /// is missing or has no defined proportion, too few to conclude when either group has
    /// fewer than `minimumSurveyRespondents`, otherwise adverse or favourable only when the
    /// interval excludes 0, by whether the gap is against BME staff (`higherIsBetter` is
    /// true for indicator 7 alone).
    public func surveyFlag(white: Proportion?, bme: Proportion?, gapInterval: ConfidenceInterval?, higherIsBetter: Bool) -> Flag {
        guard let white, let bme, white.isDefined, bme.isDefined else { return .notApplicable }
        guard white.base >= minimumSurveyRespondents, bme.base >= minimumSurveyRespondents else { return .tooFewToConclude }
        guard let gapInterval else { return .notApplicable }
        let againstBME = higherIsBetter ? gapInterval.high < 0 : gapInterval.low > 0
        let forBME = higherIsBetter ? gapInterval.low > 0 : gapInterval.high < 0
        if againstBME { return .adverse }
        if forBME { return .favourable }
        return .nonAdverse
    }
}
