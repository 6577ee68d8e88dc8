import Fluent
import Foundation
import ParityCore

/// Runs the sign-off data-quality checks (`DataQualityCheck`) on an organisation's latest
/// return of a cycle (a revision waiting for the region included) against its latest return
/// of the year before.
struct DataQualityReader {
    let database: Database

    func warnings(_ cycle: ReportingCycle, organisation: OrganisationEntry) async throws -> [DataQualityWarning] {
        let store = ReturnStore(database: database)
        // Indicator 3 pools two years, so last year's figures need the year before too.
        let years = [cycle.year - 2, cycle.year - 1, cycle.year]
        switch cycle.standard {
        case .wres:
            let counts = try await store.latestWRESCounts(years: years, organisations: [organisation.code], revisions: .pending)
            guard counts[ReturnKey(organisation: organisation.code, year: cycle.year, standard: .wres)] != nil else { return [] }
            let hasPrevious = counts[ReturnKey(organisation: organisation.code, year: cycle.year - 1, standard: .wres)] != nil
            return DataQualityCheck.wres(
                current: WRESRollUp.organisation(organisation, year: cycle.year, counts: counts),
                previous: hasPrevious ? WRESRollUp.organisation(organisation, year: cycle.year - 1, counts: counts) : nil
            )
        case .wdes:
            let counts = try await store.latestWDESCounts(years: years, organisations: [organisation.code], revisions: .pending)
            guard counts[ReturnKey(organisation: organisation.code, year: cycle.year, standard: .wdes)] != nil else { return [] }
            let hasPrevious = counts[ReturnKey(organisation: organisation.code, year: cycle.year - 1, standard: .wdes)] != nil
            return DataQualityCheck.wdes(
                current: WDESRollUp.organisation(organisation, year: cycle.year, counts: counts),
                previous: hasPrevious ? WDESRollUp.organisation(organisation, year: cycle.year - 1, counts: counts) : nil
            )
        }
    }
}
