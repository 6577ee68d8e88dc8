import Fluent
import ParityCore

/// One scope's published figures for one year: what the API and `parity report` return.
/// Readers who may not see the scope unsuppressed read only published returns
/// (`PublishedReturns`, issue 9); the scope's own readers see its latest returns, a revision
/// waiting for the region's review included (issue 20).
struct WRESReportQuery {
    let database: Database
    var memo: StoredFiguresMemo?

    /// - Parameter policy: the disclosure rule for the organisations the scope pools.
    func figures(_ scope: ScopeReference, year: Int, policy: ([OrganisationEntry]) -> DisclosurePolicy) async throws -> PublishedWRES {
        let organisations: Set<String>? = if case let .organisation(entry) = scope { [entry.code] } else { nil }
        let stored = try await IndicatorLoader(database: database, memo: memo).figures(year: year, organisations: organisations)
        var scope = scope
        if case let .organisation(entry) = scope, let member = stored.structure.organisation(code: entry.code) {
            scope = .organisation(member)
        }
        let disclosure = policy(scope.members(in: stored.structure))
        let members: Set<String>? = scope == .region ? nil : Set(scope.members(in: stored.structure).map(\.code))
        let found: ScopeFigures?
        if disclosure.isUnrestricted {
            let counts = try await ReturnStore(database: database).latestWRESCounts(years: [year - 1, year], organisations: members, revisions: .pending)
            found = IndicatorLoader.YearData(year: year, structure: stored.structure, counts: counts).figures(scope)
        } else {
            // Computed from the published returns of the scope's own members only.
            let counts = try await ReturnStore(database: database).latestWRESCounts(years: [year - 1, year], organisations: members)
            let withheld = try await YearWithholding(database: database).withheld(year: year)
            found = IndicatorLoader.YearData(year: year, structure: stored.structure, counts: counts, withheld: withheld).figures(scope)
        }
        guard let figures = found else {
            if case let .system(code) = scope { throw ParityError.notFound("No system has the code \(code) in \(year).") }
            throw ParityError.notFound("No figures for \(year).")
        }
        return PublishedWRES(figures, policy: disclosure)
    }
}
