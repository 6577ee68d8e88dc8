/// Computes the WDES metrics from a return's counts, with WRES's statistics and flag rules
/// (`AnalysisPolicy`), oriented so that a flag reads for Disabled staff. Pure; roll-ups pass
/// pooled counts (`WDESCounts.pooled`), never averages (DOMAIN.md).
public enum WDESEngine {
    /// The full WDES report for `year` from the current return and, for metric 3's two-year
    /// rolling figure, the previous year's return (`nil` when there is none). Missing data
    /// gives `nil` figures and the flag n/a.
    public static func report(year: Int, current: WDESCounts, previous: WDESCounts?, policy: AnalysisPolicy = .standard) -> WDESReport {
        let representation = representation(current)
        var likelihoods: [WDESMetric: WDESLikelihoodComparison] = [:]
        for metric in WDESMetric.likelihoods {
            likelihoods[metric] = likelihood(metric, year: year, current: current, previous: previous, policy: policy)
        }
        var surveys: [WDESMetric: WDESSurveyComparison] = [:]
        for metric in WDESMetric.surveyGaps {
            surveys[metric] = survey(metric, current: current, policy: policy)
        }
        return WDESReport(
            year: year,
            representation: representation,
            likelihoods: likelihoods,
            surveys: surveys,
            adjustments: adjustments(current, policy: policy),
            engagement: engagement(current),
            voiceAction: WDESVoiceAction(
                organisationsAnsweringYes: current[.voiceAction, .actionTaken, .disabled],
                narrative: current.voiceNarrative
            ),
            board: board(current, workforceDisabledPercent: representation.overallPercent(.disabled))
        )
    }
}
