import Fluent
import Foundation
import ParityCore

/// The systems' WRES reports for the years targets are judged on, read once, and the same
/// figures as the reader may see them.
struct TargetFigures {
    /// System code → WRES year → the pooled report; a year no organisation of the system
    /// returned is absent, so its target is "not yet due" or "no data" as the rule says.
    var reports: [String: [Int: WRESReport]] = [:]
    /// The same, after disclosure control for the reader.
    var published: [String: [Int: PublishedWRES]] = [:]

    static func load(database: Database, years: Set<Int>, systems: Set<String>, viewer: ([OrganisationEntry]) -> DisclosurePolicy) async throws -> TargetFigures {
        var figures = TargetFigures()
        guard !years.isEmpty else { return figures }
        for (year, data) in try await IndicatorLoader(database: database).load(years: Array(years)) {
            for system in data.structure.systems where systems.contains(system.code) {
                let pooled = WRESRollUp.system(system, year: year, counts: data.counts)
                guard pooled.organisationsReporting > 0 else { continue }
                figures.reports[system.code, default: [:]][year] = pooled.report
                figures.published[system.code, default: [:]][year] = PublishedWRES(pooled, policy: viewer(system.organisations))
            }
        }
        return figures
    }

    /// `result` as the reader may see it: the actual figure left out when disclosure control
    /// would withhold it on the published page. The outcome stays, because it is the data's.
    func asSeen(_ result: TargetResult, system: String) -> TargetResult {
        guard result.actual != nil else { return result }
        let target = result.target
        if let published = published[system]?[target.year], target.measure.publishedValue(in: published) != nil { return result }
        return TargetResult(target: target, outcome: result.outcome, actual: nil,
                            explanation: "\(result.outcome.label): the \(target.year) figure is withheld from you by the disclosure rule (small numbers).")
    }
}
