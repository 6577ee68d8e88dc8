extension WRESEngine {
    /// WRES indicator 5, 6, 7 or 8 from the Staff Survey counts carried by the return
    /// (respondents and yes, per group): percentages with Wilson intervals, and the gap
    /// BME % − White % in percentage points with Newcombe's hybrid score interval
    /// (DOMAIN.md, WRES indicators 5–8). Indicator 7 alone is higher-is-better.
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
            flag: policy.surveyFlag(white: white, bme: bme, gapInterval: gapInterval, higherIsBetter: higherIsBetter)
        )
    }

    private static func surveyProportion(_ indicator: Int, _ group: PopulationGroup, _ counts: ReturnCounts) -> Proportion? {
        guard let respondents = counts[indicator, .surveyRespondents, group],
              let yes = counts[indicator, .surveyYes, group] else { return nil }
        return Proportion(events: yes, base: respondents)
    }
}
