/// One demo organisation's WRES return for one year.
struct DemoOrganisationYear {
    let spec: DemoOrganisationSpec
    let traits: DemoTraits
    let year: Int
    let yearsBeforeLatest: Int

    /// 0 is parity, 1 strongly adverse to BME staff.
    var bias: Double { spec.outcome.bias(yearsBeforeLatest: yearsBeforeLatest) }

    /// Every row of the return; indicators the organisation's gap leaves out are absent.
    func rows(random: inout SplitMix64) -> [ReturnRow] {
        // Workforces grew about 1.5% a year; capped so a long history stays above 300 staff.
        let staff = Double(spec.staff) * (1 - 0.015 * Double(min(yearsBeforeLatest, 5))) * random.uniform(0.99...1.01)
        let (rows, headcount) = workforceRows(staff: staff, random: &random)
        var all = rows
        all += recruitmentRows(staff: staff, random: &random)
        let disciplinary = disciplinaryRows(headcount: headcount, random: &random)
        if !(spec.gap == .disciplinaryYearBeforeLatest && yearsBeforeLatest == 1) { all += disciplinary }
        all += trainingRows(headcount: headcount, random: &random)
        let survey = surveyRows(headcount: headcount, random: &random)
        if !(spec.gap == .surveyTwoYearsBeforeLatest && yearsBeforeLatest == 2) { all += survey }
        all += boardRows(random: &random)
        return all
    }

    /// A relative likelihood for this year: 1 at parity, rising with the bias by `scale`,
    /// with a little noise so no two organisations match.
    func relativeLikelihood(scale: Double, spread: Double, random: inout SplitMix64) -> Double {
        max(0.8, 1 + scale * bias * spread + random.uniform(-0.06...0.06))
    }

    func row(_ indicator: Int, _ measure: Measure, _ group: PopulationGroup, _ count: Int) -> ReturnRow {
        ReturnRow(organisation: spec.code, year: year, standard: .wres, indicator: indicator, measure: measure, group: group, count: max(0, count))
    }
}
