import Fluent
import Foundation
import ParityCore

/// Reads return versions. Pages, reports, the API and open data read the version public now
/// (`PublishedReturns`): in a year with a reporting cycle, only a published return, and a
/// revision only once the region accepts it (issue 20). Every public output reading the same
/// returns is what lets the year's disclosure hold across all of them together: a page pooling
/// a draft beside an API document without it would give the draft's counts away by
/// subtraction.
struct ReturnStore {
    /// Which version of a return is read.
    enum Revisions {
        /// The version public now: what pages, reports and stored figures show.
        case accepted
        /// The newest, draft or revision included: what its organisation signs off and the
        /// region reviews, and what the organisation's own API token reads.
        case pending
    }

    let database: Database

    /// The latest version's counts of the WRES returns for the given years, keyed by
    /// organisation code and year; only the named organisations' when `organisations` is given.
    func latestWRESCounts(years: [Int], organisations: Set<String>? = nil, revisions: Revisions = .accepted) async throws -> [ReturnKey: ReturnCounts] {
        try await latest(standard: .wres, years: years, organisations: organisations, revisions: revisions).mapValues { try ReturnCountsCoding.decode($0.counts) }
    }

    /// As `latestWRESCounts`, for WDES returns.
    func latestWDESCounts(years: [Int], organisations: Set<String>? = nil, revisions: Revisions = .accepted) async throws -> [ReturnKey: WDESCounts] {
        try await latest(standard: .wdes, years: years, organisations: organisations, revisions: revisions).mapValues { try WDESCountsCoding.decode($0.counts) }
    }

    /// The race × disability counts carried by the latest WRES returns that have any.
    func latestIntersectionCounts(years: [Int], organisations: Set<String>? = nil, revisions: Revisions = .accepted) async throws -> [ReturnKey: IntersectionCounts] {
        try await latest(standard: .wres, years: years, organisations: organisations, revisions: revisions)
            .compactMapValues { try $0.intersectionCounts.map(IntersectionCountsCoding.decode) }
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

    func latest(standard: Standard, years: [Int], organisations: Set<String>?, revisions: Revisions = .accepted) async throws -> [ReturnKey: ReturnVersionRow] {
        if revisions == .accepted { return try await PublishedReturns(database: database).versions(standard, years: years, organisations: organisations) }
        let query = ReturnVersionRow.query(on: database).filter(\.$year ~~ years)
        if let organisations { query.filter(OrganisationRow.self, \.$code ~~ organisations) }
        let rows = try await query
            .join(OrganisationRow.self, on: \ReturnVersionRow.$organisation.$id == \OrganisationRow.$id)
            .filter(\.$standard == standard.rawValue)
            .all()
        var newest: [ReturnKey: ReturnVersionRow] = [:]
        for row in rows {
            let key = ReturnKey(organisation: try row.joined(OrganisationRow.self).code, year: row.year, standard: standard)
            if (newest[key]?.version ?? 0) < row.version { newest[key] = row }
        }
        return newest
    }
}
