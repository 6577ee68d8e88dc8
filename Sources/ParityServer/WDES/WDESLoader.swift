import Fluent
import Foundation
import ParityCore

/// Loads what a WDES page, document or report needs: for each year, the structure in force on
/// its snapshot date, the latest WDES returns of that year and the year before (metric 3
/// pools two years), and the race × disability counts the WRES returns carry.
struct WDESLoader {
    let database: Database
    /// Where each year's disclosure across outputs comes from; without it the figures carry
    /// none (`YearWithholding` itself reads through such a loader).
    var withholding: YearWithholding?

    struct YearData {
        var year: Int
        var structure: RegionStructure
        var counts: [ReturnKey: WDESCounts]
        var intersections: [ReturnKey: IntersectionCounts]
        /// What each scope hides in public (`YearWithholding`); empty until attached.
        var withheld: [FigureScope: WithheldCounts] = [:]
    }

    func load(years: [Int], organisations: Set<String>? = nil) async throws -> [Int: YearData] {
        guard let oldest = years.min() else { return [:] }
        let snapshots = Dictionary(uniqueKeysWithValues: years.map { ($0, Calendar.utc.snapshotDate(year: $0)) })
        let structures = try await StructureStore(database: database).structures(asAt: Array(snapshots.values))
        let wanted = Array(Set(years + [oldest - 1]))
        let store = ReturnStore(database: database)
        let counts = try await store.latestWDESCounts(years: wanted, organisations: organisations)
        let intersections = try await store.latestIntersectionCounts(years: wanted, organisations: organisations)
        var loaded: [Int: YearData] = [:]
        for year in years {
            loaded[year] = YearData(year: year, structure: structures[snapshots[year]!]!, counts: counts, intersections: intersections,
                                    withheld: try await withholding?.withheld(year: year) ?? [:])
        }
        return loaded
    }

    /// The years with WDES returns, newest first, and the one to show: the requested year
    /// when it has data, otherwise the newest.
    func years(requested: Int?) async throws -> (all: [Int], chosen: Int?) {
        let years = try await ReturnStore(database: database).years(standard: .wdes)
        if let requested, years.contains(requested) { return (years, requested) }
        if let requested, requested < 2014 || requested > 2100 {
            throw ParityError.invalidInput("There is no reporting year \(requested).")
        }
        return (years, requested ?? years.first)
    }
}

extension WDESLoader.YearData {
    /// The scope's WDES figures, or nil when the system did not exist that year.
    func figures(_ scope: ScopeReference) -> WDESScopeFigures? {
        var figures: WDESScopeFigures? = switch scope {
        case .region: WDESRollUp.region(structure, year: year, counts: counts)
        case let .system(code): structure.system(code: code).map { WDESRollUp.system($0, year: year, counts: counts) }
        case let .organisation(entry): WDESRollUp.organisation(entry, year: year, counts: counts)
        }
        figures?.withheld = withheld[scope.figureScope]
        figures?.membersWithheld = withheld.byOrganisation
        return figures
    }

    /// The scope's race × disability figures, disclosure applied.
    func intersection(_ scope: ScopeReference, disclosure: DisclosurePolicy) -> IntersectionScopeFigures? {
        let withheld = withheld[scope.figureScope]
        return switch scope {
        case .region: IntersectionRollUp.region(structure, year: year, counts: intersections, disclosure: disclosure, withheld: withheld)
        case let .system(code): structure.system(code: code).map { IntersectionRollUp.system($0, year: year, counts: intersections, disclosure: disclosure, withheld: withheld) }
        case let .organisation(entry): IntersectionRollUp.organisation(entry, year: year, counts: intersections, disclosure: disclosure, withheld: withheld)
        }
    }
}

/// One scope's WDES for one year, as one audience may see it: what the JSON API and
/// `parity report wdes` read. Readers who may not see the scope unsuppressed read only
/// published returns (`PublishedReturns`, issue 9).
struct WDESReportQuery {
    let database: Database
    var withholding: YearWithholding

    struct Result {
        var figures: PublishedWDES
        var intersection: IntersectionScopeFigures?
    }

    /// - Parameter policy: the disclosure rule for the organisations the scope pools.
    func figures(_ scope: ScopeReference, year: Int, policy: ([OrganisationEntry]) -> DisclosurePolicy) async throws -> Result {
        var data = try await WDESLoader(database: database).load(years: [year])[year]!
        var scope = scope
        if case let .organisation(entry) = scope, let member = data.structure.organisation(code: entry.code) {
            scope = .organisation(member)
        }
        let disclosure = policy(scope.members(in: data.structure))
        if disclosure.isUnrestricted {
            // The scope's own readers see its latest returns, a revision under review included (issue 20).
            let store = ReturnStore(database: database)
            data.counts = try await store.latestWDESCounts(years: [year - 1, year], revisions: .pending)
            data.intersections = try await store.latestIntersectionCounts(years: [year - 1, year], revisions: .pending)
        } else {
            // The loader read the published returns, as every public output does.
            data.withheld = try await withholding.withheld(year: year)
        }
        guard let figures = data.figures(scope) else {
            if case let .system(code) = scope { throw ParityError.notFound("No system has the code \(code) in \(year).") }
            throw ParityError.notFound("No figures for \(year).")
        }
        let intersection = data.intersection(scope, disclosure: disclosure)
        return Result(figures: PublishedWDES(figures, policy: disclosure), intersection: intersection?.hasData == true ? intersection : nil)
    }
}
