extension DemoOrganisationYear {
    /// Indicator 1: headcount per workforce, grade and group, and each group's total
    /// headcount (the base of indicators 3 and 4).
    func workforceRows(staff: Double, random: inout SplitMix64) -> (rows: [ReturnRow], headcount: [PopulationGroup: Int]) {
        var rows: [ReturnRow] = []
        var headcount: [PopulationGroup: Int] = [.white: 0, .bme: 0, .unknown: 0]
        for workforce in Workforce.allCases {
            let workforceStaff = staff * DemoShapes.workforceShare(workforce, kind: spec.kind)
            for (grade, weight) in zip(workforce.grades, DemoShapes.gradeWeights(workforce)) {
                let cell = random.count(workforceStaff * weight * random.uniform(0.9...1.1))
                let unknown = min(cell, random.count(Double(cell) * traits.unknownShare * random.uniform(0.8...1.2)))
                let share = min(0.9, spec.bmeShare * DemoShapes.bmeMultiplier(grade, bias: bias) * random.uniform(0.92...1.08))
                let bme = min(cell - unknown, random.count(Double(cell - unknown) * share))
                let counts: [PopulationGroup: Int] = [.white: cell - unknown - bme, .bme: bme, .unknown: unknown]
                for group in Standard.wres.groups {
                    rows.append(row(1, .headcount(workforce, grade), group, counts[group, default: 0]))
                    headcount[group, default: 0] += counts[group, default: 0]
                }
            }
        }
        return (rows, headcount)
    }
}
