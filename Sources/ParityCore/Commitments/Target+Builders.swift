extension Target {
    /// A target on a WRES relative likelihood (indicator 2, 3 or 4; above 1 is adverse to
    /// BME staff, so the target is a ceiling): "WRES indicator 2 relative likelihood ≤ 1.25
    /// in the 2027 return". An indicator outside 2–4 gives a target evaluated as no data.
    public static func relativeLikelihood(indicator: Int, atMost value: Double, year: Int) -> Target {
        Target(measure: .relativeLikelihood(indicator: indicator), comparison: .atMost, value: value, year: year)
    }

    /// A ceiling on a survey gap, BME % − White % in points (indicators 5, 6 and 8, where a
    /// higher BME % is worse): "… survey gap (BME % − White %) ≤ 2.0 points in the 2027 return".
    public static func surveyGap(indicator: Int, atMost points: Double, year: Int) -> Target {
        Target(measure: .surveyGapPoints(indicator: indicator), comparison: .atMost, value: points, year: year)
    }

    /// A floor on a survey gap, BME % − White % in points (indicator 7, where a lower BME %
    /// is worse): "… survey gap (BME % − White %) ≥ −2.0 points in the 2027 return".
    public static func surveyGap(indicator: Int, atLeast points: Double, year: Int) -> Target {
        Target(measure: .surveyGapPoints(indicator: indicator), comparison: .atLeast, value: points, year: year)
    }

    /// A floor on the BME share of bands 8a to VSM, percent 0–100 (WRES indicator 1; the
    /// Model Employer ambition): "BME share of bands 8a to VSM ≥ 15.0% in the 2027 return".
    public static func seniorShare(atLeast percent: Double, year: Int) -> Target {
        Target(measure: .bmeSeniorSharePercent, comparison: .atLeast, value: percent, year: year)
    }

    /// A floor on the BME share of the whole workforce, percent 0–100 (WRES indicator 1).
    public static func workforceShare(atLeast percent: Double, year: Int) -> Target {
        Target(measure: .bmeWorkforceSharePercent, comparison: .atLeast, value: percent, year: year)
    }

    /// A floor on board BME % − workforce BME %, in points (WRES indicator 9): "Board BME
    /// share minus workforce BME share ≥ −2.0 points in the 2027 return".
    public static func boardDifference(atLeast points: Double, year: Int) -> Target {
        Target(measure: .boardDifferencePoints, comparison: .atLeast, value: points, year: year)
    }

    /// A ceiling on the BME staff short of the Model Employer path, summed over bands 8a to
    /// VSM, in people (`ModelEmployerPlan.shortfall`). At most 0, the default, is the issue's
    /// "on Model Employer track at 8a–VSM by 2027": every band at or above its goal in `year`.
    public static func modelEmployerTrack(year: Int, atMost people: Int = 0) -> Target {
        Target(measure: .modelEmployerShortfall, comparison: .atMost, value: Double(people), year: year)
    }
}
