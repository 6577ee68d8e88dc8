extension DemoOrganisationYear {
    /// Indicator 2: applicants shortlisted and appointed. BME applicants are a larger share of
    /// those shortlisted than of the workforce, and less likely to be appointed when adverse.
    func recruitmentRows(staff: Double, random: inout SplitMix64) -> [ReturnRow] {
        let shortlisted = random.count(staff * traits.shortlistingRate * random.uniform(0.9...1.1))
        let unknown = random.count(Double(shortlisted) * traits.unknownShare * random.uniform(0.8...1.5))
        let bmeShare = min(0.75, spec.bmeShare * random.uniform(1.3...1.7) + 0.03)
        let bme = random.count(Double(shortlisted - unknown) * bmeShare)
        let short: [PopulationGroup: Int] = [.white: max(0, shortlisted - unknown - bme), .bme: bme, .unknown: unknown]

        let whiteRate = traits.whiteAppointmentRate * random.uniform(0.93...1.07)
        let likelihood = relativeLikelihood(scale: 1.2, spread: traits.spread[2, default: 1], random: &random)
        let rates: [PopulationGroup: Double] = [.white: whiteRate, .bme: whiteRate / likelihood, .unknown: whiteRate * random.uniform(0.8...1.0)]

        var rows: [ReturnRow] = []
        for group in Standard.wres.groups {
            let base = short[group, default: 0]
            rows.append(row(2, .shortlisted, group, base))
            rows.append(row(2, .appointed, group, min(base, random.count(Double(base) * rates[group, default: 0]))))
        }
        return rows
    }

    /// Indicator 3: staff entering the formal disciplinary process, about 0.4–0.8% of White
    /// staff a year and a higher share of BME staff.
    func disciplinaryRows(headcount: [PopulationGroup: Int], random: inout SplitMix64) -> [ReturnRow] {
        let whiteRate = traits.whiteDisciplinaryRate * random.uniform(0.85...1.15)
        let likelihood = relativeLikelihood(scale: 1.4, spread: traits.spread[3, default: 1], random: &random)
        let rates: [PopulationGroup: Double] = [.white: whiteRate, .bme: min(0.02, whiteRate * likelihood), .unknown: whiteRate]
        return events(indicator: 3, measure: .enteredDisciplinary, headcount: headcount, rates: rates, random: &random)
    }

    /// Indicator 4: staff accessing non-mandatory training and CPD; BME staff less often
    /// when the organisation is adverse.
    func trainingRows(headcount: [PopulationGroup: Int], random: inout SplitMix64) -> [ReturnRow] {
        let whiteRate = traits.whiteTrainingRate * random.uniform(0.93...1.07)
        let likelihood = relativeLikelihood(scale: 0.4, spread: traits.spread[4, default: 1], random: &random)
        let rates: [PopulationGroup: Double] = [.white: whiteRate, .bme: whiteRate / likelihood, .unknown: whiteRate * 0.9]
        return events(indicator: 4, measure: .accessedTraining, headcount: headcount, rates: rates, random: &random)
    }

    private func events(indicator: Int, measure: Measure, headcount: [PopulationGroup: Int], rates: [PopulationGroup: Double], random: inout SplitMix64) -> [ReturnRow] {
        Standard.wres.groups.map { group in
            let base = headcount[group, default: 0]
            return row(indicator, measure, group, min(base, random.count(Double(base) * rates[group, default: 0])))
        }
    }
}
