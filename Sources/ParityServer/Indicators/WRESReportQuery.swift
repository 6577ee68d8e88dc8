import Fluent
import ParityCore

/// One scope's published figures for one year: what the API and `parity report` return.
struct WRESReportQuery {
    let database: Database
    var memo: StoredFiguresMemo?

    /// - Parameter policy: the disclosure rule for the organisations the scope pools.
    func figures(_ scope: ScopeReference, year: Int, policy: ([OrganisationEntry]) -> DisclosurePolicy) async throws -> PublishedWRES {
        let organisations: Set<String>? = if case let .organisation(entry) = scope { [entry.code] } else { nil }
        let data = try await IndicatorLoader(database: database, memo: memo).figures(year: year, organisations: organisations)
        var scope = scope
        if case let .organisation(entry) = scope, let member = data.structure.organisation(code: entry.code) {
            scope = .organisation(member)
        }
        guard let figures = data.figures(scope) else {
            if case let .system(code) = scope { throw ParityError.notFound("No system has the code \(code) in \(year).") }
            throw ParityError.notFound("No figures for \(year).")
        }
        return PublishedWRES(figures, policy: policy(scope.members(in: data.structure)))
    }
}
