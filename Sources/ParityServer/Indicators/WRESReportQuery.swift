import Fluent
import ParityCore

/// One scope's published figures for one year: what the API and `parity report` return.
/// Readers who may not see the scope unsuppressed read only published returns
/// (`PublishedReturns`, issue 9); the scope's own readers see its latest returns.
struct WRESReportQuery {
    let database: Database

    /// - Parameter policy: the disclosure rule for the organisations the scope pools.
    func figures(_ scope: ScopeReference, year: Int, policy: ([OrganisationEntry]) -> DisclosurePolicy) async throws -> PublishedWRES {
        var data = try await IndicatorLoader(database: database).load(year: year)
        var scope = scope
        if case let .organisation(entry) = scope, let member = data.structure.organisation(code: entry.code) {
            scope = .organisation(member)
        }
        let disclosure = policy(scope.members(in: data.structure))
        if !disclosure.isUnrestricted {
            data.counts = try await PublishedReturns(database: database).wresCounts(years: [year - 1, year])
        }
        guard let figures = data.figures(scope) else {
            if case let .system(code) = scope { throw ParityError.notFound("No system has the code \(code) in \(year).") }
            throw ParityError.notFound("No figures for \(year).")
        }
        return PublishedWRES(figures, policy: disclosure)
    }
}
