import ParityCore

/// A scope's Model Employer position in one year: for each band from 8a to VSM, the pooled
/// headcounts of every year with returns, the goal path from the baseline year to 2028 and the
/// year's status (DOMAIN.md, Model Employer). The goals come from `ModelEmployer.goals`, the
/// status from `ModelEmployer.assess`; this type only pools counts and picks the baseline.
struct ModelEmployerPlan {
    /// BME and total (Unknown included) headcount of one band, or of the whole workforce.
    struct Headcount: Equatable {
        var bme: Int
        var total: Int

        var percent: Double? { Proportion(events: bme, base: total).percent }
    }

    struct Band {
        var band: Grade
        /// The band's headcounts in every year with returns, baseline to the chosen year.
        var history: [Int: Headcount]
        /// The goal, BME percent of the band, for every year from the baseline to 2028.
        var goals: [Int: Double]
        /// The chosen year's status; nil when there is no goal (no overall share to aim at).
        var status: ModelEmployerStatus?

        var baseline: Headcount? { history[history.keys.min() ?? 0] }
    }

    var year: Int
    /// The earliest year, up to `year`, in which the scope has WRES returns.
    var baselineYear: Int
    /// The whole workforce in `year`, every grade and workforce.
    var overall: Headcount
    /// The aspiration: the whole workforce's BME share in `year`, in percent.
    var targetPercent: Double?
    var bands: [Band]

    /// The plan for `year` from the scope's pooled counts of each year (years without
    /// returns absent); nil when `year` has none. The target is the chosen year's overall
    /// share, so the path always aims at the workforce as it is now; a band empty in the
    /// baseline year starts its path at the target.
    static func make(year: Int, counts: [Int: ReturnCounts]) -> ModelEmployerPlan? {
        let years = counts.filter { $0.key <= year && !$0.value.isEmpty }.keys.sorted()
        guard let current = counts[year], !current.isEmpty, let baselineYear = years.first else { return nil }
        let groups: [PopulationGroup] = [.white, .bme, .unknown]
        let overall = Headcount(bme: current.headcount(of: .bme) ?? 0,
                                total: groups.compactMap { current.headcount(of: $0) }.reduce(0, +))
        let target = overall.percent
        let bands = ModelEmployer.bands.map { band -> Band in
            let history = Dictionary(uniqueKeysWithValues: years.map { ($0, headcount(counts[$0]!, band: band)) })
            guard let target else { return Band(band: band, history: history, goals: [:], status: nil) }
            let start = history[baselineYear]?.percent ?? target
            let goals = ModelEmployer.goals(baselineYear: baselineYear, baselineSharePercent: [band: start], targetSharePercent: target)[band] ?? [:]
            let now = history[year]!
            let goal = goals[year] ?? target
            let status = ModelEmployer.assess(year: year, band: band, bmeHeadcount: now.bme, totalHeadcount: now.total, goalPercent: goal)
            return Band(band: band, history: history, goals: goals, status: status)
        }
        return ModelEmployerPlan(year: year, baselineYear: baselineYear, overall: overall, targetPercent: target, bands: bands)
    }

    /// A band's headcount over the Agenda for Change workforces (medical grades have no band).
    static func headcount(_ counts: ReturnCounts, band: Grade) -> Headcount {
        var result = Headcount(bme: 0, total: 0)
        for workforce in Workforce.allCases where workforce.grades.contains(band) {
            for group in [PopulationGroup.white, .bme, .unknown] {
                let count = counts[1, .headcount(workforce, band), group] ?? 0
                result.total += count
                if group == .bme { result.bme += count }
            }
        }
        return result
    }
}
