import Fluent
import ParityCore

/// What the public is told about the revisions of an organisation's return (issue 20): each
/// revision the region accepted ("Revised on"), and whether another waits for its review.
struct PublicRevisions {
    let database: Database

    /// The accepted revisions of the return, oldest first.
    func accepted(_ key: ReturnKey) async throws -> [ReturnRevisionRow] {
        try await ReturnRevisionRow.query(on: database)
            .filter(\.$organisationCode == key.organisation).filter(\.$standard == key.standard.rawValue).filter(\.$year == key.year)
            .sort(\.$acceptedAt).all()
    }

    /// Whether a revision of the published return is signed off and waiting for the region.
    func isUnderReview(_ key: ReturnKey) async throws -> Bool {
        guard let cycle = try await ReportingCycleRow.query(on: database)
            .filter(\.$standard == key.standard.rawValue).filter(\.$year == key.year).first() else { return false }
        let events = try await CycleStore(database: database).events(cycle, key.organisation)
        return PublishedVersion.awaitingReview(events.compactMap(PublishedReturns.event)) != nil
    }
}
