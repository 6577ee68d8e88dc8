extension WDESEngine {
    /// WDES metric 4a(i)–7 from the Staff Survey counts (respondents and yes, per group):
    /// percentages with Wilson intervals and the gap Disabled % − non-disabled % in
    /// percentage points with Newcombe's hybrid score interval, and the relative likelihood
    /// the flag reads, by WRES's survey rule: Disabled % ÷ non-disabled %, or non-disabled % ÷
    /// Disabled % for 4b, 5 and 7, where higher is better (DOMAIN.md, WDES metrics 4–7; flags
    /// for survey indicators).
    public static func survey(_ metric: WDESMetric, current: WDESCounts, policy: AnalysisPolicy = .standard) -> WDESSurveyComparison {
        let disabled = surveyProportion(metric, .disabled, current)
        let nonDisabled = surveyProportion(metric, .nonDisabled, current)
        let disabledPercent = disabled?.percent
        let nonDisabledPercent = nonDisabled?.percent
        let gapInterval = disabled.flatMap { d in
            nonDisabled.flatMap { NewcombeHybrid.differenceInterval(d, minus: $0, z: policy.z)?.scaled(by: 100) }
        }
        return WDESSurveyComparison(
            metric: metric,
            higherIsBetter: metric.higherIsBetter,
            disabled: disabled,
            nonDisabled: nonDisabled,
            disabledPercent: disabledPercent,
            nonDisabledPercent: nonDisabledPercent,
            disabledInterval: disabled.flatMap { WilsonScore.interval($0, z: policy.z)?.scaled(by: 100) },
            nonDisabledInterval: nonDisabled.flatMap { WilsonScore.interval($0, z: policy.z)?.scaled(by: 100) },
            gapPoints: disabledPercent.flatMap { d in nonDisabledPercent.map { d - $0 } },
            gapInterval: gapInterval,
            likelihood: SurveyLikelihood(protected: disabled, other: nonDisabled, higherIsBetter: metric.higherIsBetter, policy: policy)
        )
    }

    /// WDES metric 8: the Disabled percentage with its Wilson interval (percent 0–100); too
    /// few to conclude below the policy's survey minimum (DOMAIN.md, WDES metric 8).
    public static func adjustments(_ current: WDESCounts, policy: AnalysisPolicy = .standard) -> WDESAdjustments {
        let disabled = surveyProportion(.reasonableAdjustments, .disabled, current)
        return WDESAdjustments(
            disabled: disabled,
            percent: disabled?.percent,
            interval: disabled.flatMap { WilsonScore.interval($0, z: policy.z)?.scaled(by: 100) },
            isTooFewToConclude: disabled.map { $0.isDefined && $0.base < policy.minimumSurveyRespondents } ?? false
        )
    }

    /// WDES metric 9a: each group's engagement score from its respondents and score sum,
    /// the organisation's respondent-weighted score and the Disabled − non-disabled gap
    /// (DOMAIN.md, WDES metric 9a).
    public static func engagement(_ current: WDESCounts) -> WDESEngagement {
        var scores: [PopulationGroup: EngagementScore] = [:]
        for group in Standard.wdes.groups {
            if let respondents = current[.engagement, .surveyRespondents, group],
               let sum = current[.engagement, .engagementScoreSum, group] {
                scores[group] = EngagementScore(respondents: respondents, scoreSumHundredths: sum)
            }
        }
        return WDESEngagement(scores: scores)
    }

    private static func surveyProportion(_ metric: WDESMetric, _ group: PopulationGroup, _ counts: WDESCounts) -> Proportion? {
        guard let respondents = counts[metric, .surveyRespondents, group],
              let yes = counts[metric, .surveyYes, group] else { return nil }
        return Proportion(events: yes, base: respondents)
    }
}
