import Foundation // erf, to name the confidence level of any z

extension AnalysisPolicy {
    /// The two-sided confidence level that `z` gives, in percent (1.96 → 95.0).
    public var confidencePercent: Double { erf(z / 2.0.squareRoot()) * 100 }

    /// The confidence level as people read it: "95%", or "97.5%" when not a whole number.
    public var confidenceLabel: String {
        let whole = confidencePercent.rounded()
        let places = abs(confidencePercent - whole) < 0.05 ? 0 : 1
        return DisplayFormat.decimal(confidencePercent, places: places) + "%"
    }

    /// The rules this policy applies, in plain English, for pages and reports to print
    /// beside flagged figures (DOMAIN.md: say in the UI which rule was applied; flags for
    /// survey indicators).
    public var ruleDescription: String {
        let low = DisplayFormat.ratio(nonAdverseRange.lowerBound)
        let high = DisplayFormat.ratio(nonAdverseRange.upperBound)
        return """
        Relative likelihoods (indicators 2–4) are oriented so that a value above 1 is worse for \
        BME staff. From \(low) to \(high) inclusive is non-adverse, above \(high) is adverse and below \
        \(low) is favourable. A relative likelihood is n/a when a group has no one in its base or \
        the comparison group had no events, and too few to conclude when the focus group had no \
        events, because its \(confidenceLabel) confidence interval cannot then be computed. \
        Staff Survey indicators (5–8) are flagged by the same rule, so that a small difference in a \
        large pool is not flagged for its size alone: the relative likelihood of the experience is \
        the BME percentage ÷ the White percentage (White ÷ BME for indicator 7, equal opportunities, \
        where a higher percentage is better), read against the same range of \(low) to \(high); the \
        gap in percentage points (BME − White) and its \(confidenceLabel) confidence interval \
        (Newcombe's hybrid score method) are shown beside it. A survey group with fewer than \
        \(minimumSurveyRespondents) respondents is too few to conclude. A figure is statistically \
        significant when its \(confidenceLabel) confidence interval excludes parity (1 for a \
        relative likelihood); significance is reported beside the flag and never makes a flag by \
        itself. The WDES reads Disabled against non-disabled staff the same way (non-disabled ÷ \
        Disabled for metrics 4b, 5 and 7, where a higher percentage is better); its engagement \
        score (9a) is a mean on a 0–10 scale, not a percentage, and carries no flag.
        """
    }
}
