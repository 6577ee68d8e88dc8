import Fluent
import Foundation
import ParityCore

/// What the systems' targets are judged on, read once: the WRES reports of the years targets
/// name and, for Model Employer targets, the Model Employer plans of those years (built from
/// every year's returns up to them, exactly as the Model Employer page builds them) — and the
/// same figures as the reader may see them.
struct TargetFigures {
    /// System code (or organisation code, when loaded for organisations) → WRES year → the
    /// pooled report; a year no organisation of the system returned is absent, so its target
    /// is "not yet due" or "no data" as the rule says.
    var reports: [String: [Int: WRESReport]] = [:]
    /// The same, after disclosure control for the reader.
    var published: [String: [Int: PublishedWRES]] = [:]
    /// System code → WRES year → the Model Employer plan, for the years Model Employer targets
    /// name; absent as the reports are.
    var plans: [String: [Int: ModelEmployerPlan]] = [:]
    /// The same, after disclosure control for the reader.
    var publishedPlans: [String: [Int: PublishedModelEmployer]] = [:]

    /// The figures of `systems` for `years` (every target's year) and `planYears` (the years
    /// of Model Employer targets). A system's members are those of the year's snapshot date,
    /// pooled in every year, as on the Model Employer page (`ModelEmployerQuery`).
    static func load(database: Database, years: Set<Int>, planYears: Set<Int> = [], systems: Set<String>,
                     viewer: ([OrganisationEntry]) -> DisclosurePolicy) async throws -> TargetFigures {
        var figures = TargetFigures()
        guard !years.isEmpty || !planYears.isEmpty else { return figures }
        let loaded = try await IndicatorLoader(database: database).load(years: Array(years.union(planYears)))
        for (year, var data) in loaded where years.contains(year) {
            data.withheld = try await YearWithholding(database: database).withheld(year: year)
            for system in data.structure.systems where systems.contains(system.code) {
                guard let pooled = data.figures(.system(system.code)) else { continue }
                guard pooled.organisationsReporting > 0 else { continue }
                figures.reports[system.code, default: [:]][year] = pooled.report
                figures.published[system.code, default: [:]][year] = PublishedWRES(pooled, policy: viewer(system.organisations))
            }
        }
        guard let latest = planYears.max() else { return figures }
        let store = ReturnStore(database: database)
        let history = try await store.latestWRESCounts(years: try await store.years(standard: .wres).filter { $0 <= latest })
        for year in planYears {
            guard let structure = loaded[year]?.structure else { continue }
            for system in structure.systems where systems.contains(system.code) {
                guard let plan = ModelEmployerPlan.make(year: year, members: system.organisations.map(\.code), counts: history) else { continue }
                figures.plans[system.code, default: [:]][year] = plan
                figures.publishedPlans[system.code, default: [:]][year] = PublishedModelEmployer(plan, policy: viewer(system.organisations))
            }
        }
        return figures
    }

    /// `target` judged on `system`'s figures on `today`.
    func evaluate(_ target: Target, system: String, today: Date) -> TargetResult {
        TargetEvaluation.evaluate(target, reports: reports[system] ?? [:], plans: plans[system] ?? [:], today: today)
    }

    /// `result` as the reader may see it: the actual figure left out when disclosure control
    /// would withhold it on the published page (the WRES page, or the Model Employer page for
    /// the shortfall, which is withheld when any band's gap is). The outcome stays, because
    /// it is the data's.
    func asSeen(_ result: TargetResult, system: String) -> TargetResult {
        guard result.actual != nil else { return result }
        let target = result.target
        let seen: Double? = if target.measure.readsModelEmployerPlan {
            publishedPlans[system]?[target.year].flatMap { target.measure.publishedValue(in: $0) }
        } else {
            published[system]?[target.year].flatMap { target.measure.publishedValue(in: $0) }
        }
        if seen != nil { return result }
        return TargetResult(target: target, outcome: result.outcome, actual: nil,
                            explanation: "\(result.outcome.label): the \(target.year) figure is withheld from you by the disclosure rule (small numbers).")
    }
}
