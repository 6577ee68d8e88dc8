extension DemoOrganisationYear {
    /// Indicators 5–8: Staff Survey respondents (about 40% of staff, BME staff a little less
    /// often) and those answering yes, near the national pattern: BME respondents report more
    /// harassment (5, 6) and discrimination (8) and less belief in equal opportunities (7),
    /// with wider gaps when the organisation is adverse.
    func surveyRows(headcount: [PopulationGroup: Int], random: inout SplitMix64) -> [ReturnRow] {
        let surveyBias = bias * traits.spread[5, default: 1]
        var rows: [ReturnRow] = []
        for indicator in 5...8 {
            let white = traits.whiteSurveyShare[indicator, default: 0] + random.uniform(-0.01...0.01)
            let gap = switch indicator {
            case 5: random.uniform(-0.01...0.015) + 0.02 * surveyBias
            case 6: 0.01 + 0.035 * surveyBias
            case 7: -(0.03 + 0.1 * surveyBias)
            default: 0.025 + 0.06 * surveyBias
            }
            let shares: [PopulationGroup: Double] = [.white: white, .bme: white + gap, .unknown: white + gap / 2]
            let responseRates: [PopulationGroup: Double] = [.white: 1, .bme: 0.9, .unknown: 0.8]
            for group in Standard.wres.groups {
                let expected = Double(headcount[group, default: 0]) * traits.surveyResponseRate * responseRates[group, default: 1]
                let respondents = random.count(expected * random.uniform(0.97...1.0))
                let yes = min(respondents, random.count(Double(respondents) * shares[group, default: 0]))
                rows.append(row(indicator, .surveyRespondents, group, respondents))
                rows.append(row(indicator, .surveyYes, group, yes))
            }
        }
        return rows
    }
}
