import Fluent
import Foundation
import ParityCore

/// Reads return versions. Pages and reports always use the latest version of each return.
struct ReturnStore {
    let database: Database

    /// The latest version's counts of the returns of `standard` for the given years, keyed by
    /// organisation code and year; only the named organisations' when `organisations` is given.
    func latestCounts(standard: Standard, years: [Int], organisations: Set<String>? = nil) async throws -> [ReturnKey: ReturnCounts] {
        let query = ReturnVersionRow.query(on: database).filter(\.$year ~~ years)
        if let organisations { query.filter(OrganisationRow.self, \.$code ~~ organisations) }
        return try await latest(standard: standard, query: query)
    }

    /// The years for which any organisation has a return, newest first.
    func years(standard: Standard) async throws -> [Int] {
        let years = try await ReturnVersionRow.query(on: database)
            .filter(\.$standard == standard.rawValue)
            .unique()
            .all(\.$year)
        return Array(Set(years)).sorted(by: >)
    }

    /// Every version of an organisation's returns, newest first.
    func history(organisationID: UUID) async throws -> [ReturnVersionRow] {
        try await ReturnVersionRow.query(on: database)
            .filter(\.$organisation.$id == organisationID)
            .sort(\.$year, .descending)
            .sort(\.$standard)
            .sort(\.$version, .descending)
            .all()
    }

    private func latest(standard: Standard, query: QueryBuilder<ReturnVersionRow>) async throws -> [ReturnKey: ReturnCounts] {
        let rows = try await query
            .join(OrganisationRow.self, on: \ReturnVersionRow.$organisation.$id == \OrganisationRow.$id)
            .filter(\.$standard == standard.rawValue)
            .all()
        var newest: [ReturnKey: ReturnVersionRow] = [:]
        for row in rows {
            let key = ReturnKey(organisation: try row.joined(OrganisationRow.self).code, year: row.year, standard: standard)
            if (newest[key]?.version ?? 0) < row.version { newest[key] = row }
        }
        return try newest.mapValues { try ReturnCountsCoding.decode($0.counts) }
    }
}
