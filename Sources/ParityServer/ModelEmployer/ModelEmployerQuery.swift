import Fluent
import Foundation
import ParityCore

/// Loads a scope's Model Employer plan: the scope's members as at the chosen year's snapshot
/// date, and their latest WRES returns of every year, pooled per year. The same members are
/// pooled in every year, so a change of membership does not move the baseline.
struct ModelEmployerQuery {
    let database: Database
    let now: Date

    struct Result {
        var name: String
        var members: [OrganisationEntry]
        var structure: RegionStructure
        var plan: ModelEmployerPlan?
        var years: [Int]
    }

    /// The plan for `scope` in `year` (the newest year with returns when nil); throws
    /// `ParityError.notFound` for an unknown system or organisation.
    func plan(_ scope: PageScope, year requested: Int?) async throws -> Result {
        let (years, chosen) = try await IndicatorLoader(database: database).years(requested: requested)
        let year = chosen ?? Calendar.utc.component(.year, from: now)
        let structure = try await StructureStore(database: database).structure(asAt: Calendar.utc.snapshotDate(year: year))
        let (name, members) = try await resolve(scope, structure: structure, year: year)
        let counts = try await ReturnStore(database: database).latestWRESCounts(years: years, organisations: Set(members.map(\.code)))
        let plan = chosen.flatMap { ModelEmployerPlan.make(year: $0, members: members.map(\.code), counts: counts) }
        return Result(name: name, members: members, structure: structure, plan: plan, years: years)
    }

    private func resolve(_ scope: PageScope, structure: RegionStructure, year: Int) async throws -> (String, [OrganisationEntry]) {
        switch scope {
        case .region:
            return (structure.regionName, structure.organisations)
        case let .system(code):
            guard let system = structure.system(code: code) else { throw ParityError.notFound("No system has the code \(code) in \(year).") }
            return (system.name, system.organisations)
        case let .organisation(code):
            if let entry = structure.organisation(code: code) { return (entry.name, [entry]) }
            guard let row = try await StructureStore(database: database).organisation(code: code) else {
                throw ParityError.notFound("No organisation has the code \(code).")
            }
            return (row.name, [OrganisationEntry(code: code, name: row.name, systemCode: "")])
        }
    }
}
