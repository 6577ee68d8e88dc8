/// A scope's Model Employer position in one year: for each band from 8a to VSM, the pooled
/// headcounts of every year with returns, the goal path from the baseline year to 2028 and the
/// year's status (DOMAIN.md, Model Employer). The goals come from `ModelEmployer.goals`, the
/// status from `ModelEmployer.assess`; this type only pools counts and picks the baseline.
/// The Model Employer pages and the commitment targets on it (`TargetMeasure.modelEmployerShortfall`)
/// read the same plan, so the two can never disagree.
public struct ModelEmployerPlan: Sendable, Hashable {
    /// BME and total (Unknown included) headcount of one band, or of the whole workforce.
    public struct Headcount: Sendable, Hashable {
        public var bme: Int
        public var total: Int

        public init(bme: Int, total: Int) {
            self.bme = bme
            self.total = total
        }

        /// BME percent 0–100 of the total; `nil` when the total is 0.
        public var percent: Double? { Proportion(events: bme, base: total).percent }
    }

    public struct Band: Sendable, Hashable {
        public var band: Grade
        /// The band's headcounts in every year with returns, baseline to the chosen year.
        public var history: [Int: Headcount]
        /// The goal, BME percent of the band, for every year from the baseline to 2028.
        public var goals: [Int: Double]
        /// The chosen year's status; nil when there is no goal (no overall share to aim at).
        public var status: ModelEmployerStatus?

        /// The band's headcount in the baseline year.
        public var baseline: Headcount? { history[history.keys.min() ?? 0] }
    }

    public var year: Int
    /// The earliest year, up to `year`, in which the scope has WRES returns.
    public var baselineYear: Int
    /// The whole workforce in `year`, every grade and workforce.
    public var overall: Headcount
    /// The aspiration: the whole workforce's BME share in `year`, in percent.
    public var targetPercent: Double?
    public var bands: [Band]

    /// The BME staff still needed in `year` for every band from 8a to VSM to be on its goal
    /// path: the sum of the bands' gaps (`ModelEmployer.assess`, goals rounded up to whole
    /// people; a band at or above its goal adds 0, never a negative). 0 means on track at
    /// every band; `nil` when there is no goal (no overall BME share to aim at).
    public var shortfall: Int? {
        guard targetPercent != nil else { return nil }
        return bands.reduce(0) { $0 + ($1.status?.gap ?? 0) }
    }

    /// The plan for `year` from the scope's pooled counts of each year (years without
    /// returns absent); nil when `year` has none. The target is the chosen year's overall
    /// share, so the path always aims at the workforce as it is now; a band empty in the
    /// baseline year starts its path at the target.
    public static func make(year: Int, counts: [Int: ReturnCounts]) -> ModelEmployerPlan? {
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

    /// The plan for `year` of the scope made of `members` (organisation codes): in every year,
    /// the members' WRES returns in `counts` pooled (`ReturnCounts.pooled`), then `make`. The
    /// same members are pooled in every year, so a change of membership does not move the
    /// baseline; nil when the members have no return for `year`.
    public static func make(year: Int, members: [String], counts: [ReturnKey: ReturnCounts]) -> ModelEmployerPlan? {
        let years = Set(counts.keys.filter { $0.standard == .wres && $0.year <= year }.map(\.year))
        var pooled: [Int: ReturnCounts] = [:]
        for year in years {
            pooled[year] = ReturnCounts.pooled(members.compactMap { counts[ReturnKey(organisation: $0, year: year, standard: .wres)] })
        }
        return make(year: year, counts: pooled)
    }

    /// A band's headcount over the Agenda for Change workforces (medical grades have no band),
    /// WRES indicator 1, Unknown ethnicity included in the total.
    public static func headcount(_ counts: ReturnCounts, band: Grade) -> Headcount {
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
