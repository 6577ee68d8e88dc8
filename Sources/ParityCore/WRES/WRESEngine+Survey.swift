extension WRESEngine {
    /// WRES indicator 5, 6, 7 or 8 from the Staff Survey counts carried by the return
    /// (respondents and yes, per group): percentages with Wilson intervals, and the gap
    /// BME % − White % in percentage points with Newcombe's hybrid score interval, and the
    /// relative likelihood of the experience that the flag reads: BME % ÷ White %, or
    /// White % ÷ BME % for indicator 7, the one where higher is better (DOMAIN.md, WRES
    /// indicators 5–8; flags for survey indicators).
    public static func survey(indicator: Int, current: ReturnCounts, policy: AnalysisPolicy = .standard) -> SurveyComparison {
        let white = surveyProportion(indicator, .white, current)
        let bme = surveyProportion(indicator, .bme, current)
        let higherIsBetter = indicator == 7
        let whitePercent = white?.percent
        let bmePercent = bme?.percent
        let gapInterval = white.flatMap { w in
            bme.flatMap { NewcombeHybrid.differenceInterval($0, minus: w, z: policy.z)?.scaled(by: 100) }
        }
        return SurveyComparison(
            indicator: indicator,
            higherIsBetter: higherIsBetter,
            white: white,
            bme: bme,
            whitePercent: whitePercent,
            bmePercent: bmePercent,
            whiteInterval: white.flatMap { WilsonScore.interval($0, z: policy.z)?.scaled(by: 100) },
            bmeInterval: bme.flatMap { WilsonScore.interval($0, z: policy.z)?.scaled(by: 100) },
            gapPoints: bmePercent.flatMap { b in whitePercent.map { b - $0 } },
            gapInterval: gapInterval,
            likelihood: SurveyLikelihood(protected: bme, other: white, higherIsBetter: higherIsBetter, policy: policy)
        )
    }

    private static func surveyProportion(_ indicator: Int, _ group: PopulationGroup, _ counts: ReturnCounts) -> Proportion? {
        guard let respondents = counts[indicator, .surveyRespondents, group],
              let yes = counts[indicator, .surveyYes, group] else { return nil }
        return Proportion(events: yes, base: respondents)
    }
}
