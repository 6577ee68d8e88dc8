import Fluent
import ParityCore

/// What a revision waiting for the region would change, as its organisation and the region
/// read it before deciding: each headline of the public version beside the revision's,
/// unsuppressed (both readers see the organisation's own figures).
struct RevisionPreview {
    let database: Database

    func changes(_ cycle: ReportingCycle, organisation: OrganisationEntry) async throws -> [HeadlineChange] {
        let store = ReturnStore(database: database)
        let years = [cycle.year - 1, cycle.year]
        switch cycle.standard {
        case .wres:
            let figures = { (counts: [ReturnKey: ReturnCounts]) in
                PublishedWRES(WRESRollUp.organisation(organisation, year: cycle.year, counts: counts), policy: .unrestricted)
            }
            return HeadlineChange.wres(before: figures(try await store.latestWRESCounts(years: years, organisations: [organisation.code])),
                                       after: figures(try await store.latestWRESCounts(years: years, organisations: [organisation.code], revisions: .pending)))
        case .wdes:
            let figures = { (counts: [ReturnKey: WDESCounts]) in
                PublishedWDES(WDESRollUp.organisation(organisation, year: cycle.year, counts: counts), policy: .unrestricted)
            }
            return HeadlineChange.wdes(before: figures(try await store.latestWDESCounts(years: years, organisations: [organisation.code])),
                                       after: figures(try await store.latestWDESCounts(years: years, organisations: [organisation.code], revisions: .pending)))
        }
    }
}
