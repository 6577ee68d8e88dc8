import Fluent
import Foundation
import ParityCore

/// Reads the returns the public may see (issue 9): for a standard and year with a reporting
/// cycle, only the version its history made public (`PublishedVersion.of`: published, or a
/// revision the region accepted, issue 20); for one without a cycle, which has no publication
/// step in Parity, the latest version, as the pages show.
struct PublishedReturns {
    let database: Database

    /// The published version of each return of `standard` in `years`.
    func versions(_ standard: Standard, years: [Int], organisations: Set<String>? = nil) async throws -> [ReturnKey: ReturnVersionRow] {
        guard !years.isEmpty else { return [:] }
        let published = try await publishedNumbers(standard, years: years)
        let query = ReturnVersionRow.query(on: database)
            .join(OrganisationRow.self, on: \ReturnVersionRow.$organisation.$id == \OrganisationRow.$id)
            .filter(\.$standard == standard.rawValue).filter(\.$year ~~ years)
        if let organisations { query.filter(OrganisationRow.self, \.$code ~~ organisations) }
        var chosen: [ReturnKey: ReturnVersionRow] = [:]
        for row in try await query.all() {
            let key = ReturnKey(organisation: try row.joined(OrganisationRow.self).code, year: row.year, standard: standard)
            if let cycleVersions = published[row.year] {
                if cycleVersions[key.organisation] == row.version { chosen[key] = row }
            } else if (chosen[key]?.version ?? 0) < row.version {
                chosen[key] = row
            }
        }
        return chosen
    }

    /// For each year of `years` that has a cycle: organisation code → its published version.
    func publishedNumbers(_ standard: Standard, years: [Int]) async throws -> [Int: [String: Int]] {
        let cycles = try await ReportingCycleRow.query(on: database)
            .filter(\.$standard == standard.rawValue).filter(\.$year ~~ years).all()
        guard !cycles.isEmpty else { return [:] }
        let events = try await SubmissionEventRow.query(on: database).filter(\.$cycle.$id ~~ cycles.compactMap(\.id)).sort(\.$at).all()
        var result: [Int: [String: Int]] = [:]
        for cycle in cycles {
            let mine = Dictionary(grouping: events.filter { $0.$cycle.id == cycle.id }, by: \.organisationCode)
            result[cycle.year] = mine.compactMapValues { PublishedVersion.of($0.compactMap(Self.event)) }
        }
        return result
    }

    /// The event of the core's history rule a stored event is.
    static func event(_ row: SubmissionEventRow) -> PublishedVersion.Event? {
        switch SubmissionEventKind(rawValue: row.kind) {
        case .signedOff: .signedOff(version: row.returnVersion)
        case .published: .published(version: row.returnVersion)
        case .reopened: .reopened
        case .revisionAccepted: .revisionAccepted(version: row.returnVersion)
        case .revisionRejected: .revisionRejected(version: row.returnVersion)
        case nil: nil
        }
    }
}
