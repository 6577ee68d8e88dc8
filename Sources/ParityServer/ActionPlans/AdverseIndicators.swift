import Fluent
import Foundation
import ParityCore

/// The indicators flagged adverse in an organisation's latest figures, as the reader may see
/// them (a figure disclosure control withholds has no flag), which an action plan is expected
/// to answer (issue 13).
struct AdverseIndicators: Sendable {
    /// "WRES 3", "WDES 4a-i": WRES first, each in order (`ActionPlanCoverage.adverseTags`).
    var tags: [String]
    /// The years the flags were read from; `nil` when the organisation has no such return.
    var wresYear: Int?
    var wdesYear: Int?

    /// Which figures the flags come from, for the page beside the marks.
    var basis: String {
        let parts = [wresYear.map { "WRES \($0)" }, wdesYear.map { "WDES \($0)" }].compactMap { $0 }
        return parts.isEmpty ? "No WRES or WDES return yet." : "Flags read from the organisation's latest returns: " + parts.joined(separator: " and ") + "."
    }

    /// Each of `organisations`' flags, from the newest WRES and WDES years with any return;
    /// an organisation that has not returned that year yet is read from the year before.
    static func load(database: Database, organisations: [OrganisationEntry],
                     viewer: ([OrganisationEntry]) -> DisclosurePolicy) async throws -> [String: AdverseIndicators] {
        guard !organisations.isEmpty else { return [:] }
        let store = ReturnStore(database: database)
        let codes = Set(organisations.map(\.code))
        let wresYears = Array(try await store.years(standard: .wres).prefix(2))
        let wdesYears = Array(try await store.years(standard: .wdes).prefix(2))
        // Indicator 3 and metric 3 pool two years, so each year reads the one before it too.
        let wresCounts = try await store.latestWRESCounts(years: Array(Set(wresYears + wresYears.map { $0 - 1 })), organisations: codes)
        let wdesCounts = try await store.latestWDESCounts(years: Array(Set(wdesYears + wdesYears.map { $0 - 1 })), organisations: codes)
        // A reader outside the organisation sees what the public pages show: a flag only where
        // the year's disclosure across outputs leaves the figure published.
        let withholding = YearWithholding(database: database)
        var withheld: [Int: [FigureScope: WithheldCounts]] = [:]
        for year in Set(wresYears + wdesYears) { withheld[year] = try await withholding.withheld(year: year) }
        var result: [String: AdverseIndicators] = [:]
        for entry in organisations {
            let policy = viewer([entry])
            let wresYear = wresYears.first { wresCounts[ReturnKey(organisation: entry.code, year: $0, standard: .wres)] != nil }
            let wdesYear = wdesYears.first { wdesCounts[ReturnKey(organisation: entry.code, year: $0, standard: .wdes)] != nil }
            let wres = wresYear.map { year in
                var figures = WRESRollUp.organisation(entry, year: year, counts: wresCounts)
                figures.withheld = withheld[year]?[.organisation(entry.code)]
                return PublishedWRES(figures, policy: policy)
            }
            let wdes = wdesYear.map { year in
                var figures = WDESRollUp.organisation(entry, year: year, counts: wdesCounts)
                figures.withheld = withheld[year]?[.organisation(entry.code)]
                return PublishedWDES(figures, policy: policy)
            }
            result[entry.code] = AdverseIndicators(tags: ActionPlanCoverage.adverseTags(wres: wres, wdes: wdes), wresYear: wresYear, wdesYear: wdesYear)
        }
        return result
    }
}
