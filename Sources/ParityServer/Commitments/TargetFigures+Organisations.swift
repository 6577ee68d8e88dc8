import Fluent
import Foundation
import ParityCore

extension TargetFigures {
    /// The figures of each of `organisations` alone, keyed by organisation code where `load`
    /// keys systems: its own WRES report for `years` and, for `planYears`, its own Model
    /// Employer plan built from its returns of every year up to them, as the organisation's
    /// Model Employer page builds it. Organisation action plans' targets are judged on these
    /// (issue 13), with the same `TargetEvaluation` as system commitments.
    static func load(database: Database, years: Set<Int>, planYears: Set<Int> = [], organisations: [OrganisationEntry],
                     viewer: ([OrganisationEntry]) -> DisclosurePolicy) async throws -> TargetFigures {
        var figures = TargetFigures()
        guard !years.isEmpty || !planYears.isEmpty, !organisations.isEmpty else { return figures }
        let codes = Set(organisations.map(\.code))
        let store = ReturnStore(database: database)
        // Indicator 3 pools two years, so each year's report reads the year before it too.
        let counts = try await store.latestWRESCounts(years: Array(years.union(years.map { $0 - 1 })), organisations: codes)
        for year in years {
            for entry in organisations {
                let own = WRESRollUp.organisation(entry, year: year, counts: counts)
                guard own.organisationsReporting > 0 else { continue }
                figures.reports[entry.code, default: [:]][year] = own.report
                figures.published[entry.code, default: [:]][year] = PublishedWRES(own, policy: viewer([entry]))
            }
        }
        guard let latest = planYears.max() else { return figures }
        let history = try await store.latestWRESCounts(years: try await store.years(standard: .wres).filter { $0 <= latest }, organisations: codes)
        for year in planYears {
            for entry in organisations {
                guard let plan = ModelEmployerPlan.make(year: year, members: [entry.code], counts: history) else { continue }
                figures.plans[entry.code, default: [:]][year] = plan
                figures.publishedPlans[entry.code, default: [:]][year] = PublishedModelEmployer(plan, policy: viewer([entry]))
            }
        }
        return figures
    }

    /// `target` judged on the organisation's own figures (loaded by `load(organisations:)`).
    func evaluate(_ target: Target, organisation code: String, today: Date) -> TargetResult {
        evaluate(target, system: code, today: today)
    }

    /// `result` as the reader may see the organisation's figures.
    func asSeen(_ result: TargetResult, organisation code: String) -> TargetResult {
        asSeen(result, system: code)
    }
}
