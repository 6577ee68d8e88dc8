/// Computes the WRES indicators from a return's counts. Pure: the same counts always give
/// the same report, and roll-ups are computed by passing pooled counts
/// (`ReturnCounts.pooled`), never by averaging organisations' figures (DOMAIN.md).
public enum WRESEngine {
    /// The full WRES report for `year` from the current return and, for indicator 3's
    /// two-year rolling figure, the previous year's return (`nil` when there is none).
    /// Missing data gives `nil` figures and the flag n/a.
    public static func report(year: Int, current: ReturnCounts, previous: ReturnCounts?, policy: AnalysisPolicy = .standard) -> WRESReport {
        let representation = representation(current)
        var likelihoods: [Int: LikelihoodComparison] = [:]
        for indicator in 2...4 {
            likelihoods[indicator] = likelihood(indicator: indicator, year: year, current: current, previous: previous, policy: policy)
        }
        var surveys: [Int: SurveyComparison] = [:]
        for indicator in 5...8 {
            surveys[indicator] = survey(indicator: indicator, current: current, policy: policy)
        }
        return WRESReport(
            year: year,
            representation: representation,
            likelihoods: likelihoods,
            surveys: surveys,
            board: board(current, workforceBMEPercent: representation.overallPercent(.bme))
        )
    }
}
