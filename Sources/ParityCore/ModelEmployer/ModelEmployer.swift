/// "A Model Employer" (NHS England, 2019): by 2028 BME representation in every band from 8a
/// to VSM equals the organisation's BME share of its whole workforce, reached by interim
/// goals on a linear path per band (DOMAIN.md, Model Employer; the path is a project decision).
public enum ModelEmployer {
    /// The year of the aspiration.
    public static let aspirationYear = 2028

    /// The bands the aspiration covers, in order: 8a, 8b, 8c, 8d, 9 and VSM.
    public static let bands: [Grade] = Grade.agendaForChange.filter(\.isSenior)

    /// Interim goals per band and year, as BME percent 0–100 of the band's headcount: a
    /// straight line from the band's share in `baselineYear` to `targetSharePercent` (the
    /// organisation's overall BME share) in `throughYear`, one goal for every year from the
    /// baseline to the target year inclusive; the end years are exactly the baseline share
    /// and the target. Grades outside `bands` are ignored. When `throughYear` equals the
    /// baseline year the only goal is the target; when it is earlier there are no goals
    /// (DOMAIN.md, Model Employer).
    public static func goals(baselineYear: Int, baselineSharePercent: [Grade: Double], targetSharePercent: Double, throughYear: Int = 2028) -> [Grade: [Int: Double]] {
        guard throughYear >= baselineYear else { return [:] }
        var result: [Grade: [Int: Double]] = [:]
        for (band, baseline) in baselineSharePercent where bands.contains(band) {
            var path: [Int: Double] = [:]
            for year in baselineYear...throughYear {
                if year == throughYear {
                    path[year] = targetSharePercent
                } else if year == baselineYear {
                    path[year] = baseline
                } else {
                    let fraction = Double(year - baselineYear) / Double(throughYear - baselineYear)
                    path[year] = baseline + (targetSharePercent - baseline) * fraction
                }
            }
            result[band] = path
        }
        return result
    }

    /// A band's BME headcount against its goal for one year. The goal is converted to
    /// headcount by rounding up, `ceil(goalPercent × totalHeadcount ÷ 100)`, after allowing for
    /// floating-point error (1e-9 of a person) so that a goal of exactly 5 is not read as 6; the gap is
    /// the BME staff still needed (never negative) and the band is on track when it is 0
    /// (DOMAIN.md, Model Employer).
    public static func assess(year: Int, band: Grade, bmeHeadcount: Int, totalHeadcount: Int, goalPercent: Double) -> ModelEmployerStatus {
        let exact = max(goalPercent, 0) * Double(max(totalHeadcount, 0)) / 100
        // A goal within a billionth of a whole person is that whole number: the linear path's
        // arithmetic can leave 5.000000000000001 where the exact goal is 5.
        let goalHeadcount = Int((exact - 1e-9).rounded(.up))
        let gap = max(0, goalHeadcount - bmeHeadcount)
        return ModelEmployerStatus(
            year: year, band: band, bmeHeadcount: bmeHeadcount, totalHeadcount: totalHeadcount,
            goalPercent: goalPercent, goalHeadcount: goalHeadcount, gap: gap
        )
    }
}
