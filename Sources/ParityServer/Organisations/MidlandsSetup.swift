import Fluent
import Foundation
import ParityCore

/// Loads the real reference structure of the Midlands (11 integrated care systems and their
/// trusts), with no figures. The list ships with Parity as data; it is to be verified against
/// the ODS before real use.
struct MidlandsSetup {
    let database: Database
    let now: Date

    static let regionName = "Midlands"

    func run() async throws -> (systems: Int, organisations: Int, bodies: Int) {
        guard let url = Bundle.module.url(forResource: "midlands", withExtension: "csv", subdirectory: "Reference") else {
            throw ParityError.notFound("The Midlands reference file is missing from this build.")
        }
        let text = try String(contentsOf: url, encoding: .utf8)
        let structure = try ReferenceStructure.parse(csv: text, fileName: "midlands.csv")
        return try await database.transaction { database in
            let store = StructureStore(database: database)
            if try await store.settings.isDemo {
                throw ParityError.conflict("This database holds the demo region. Use a new database (DATABASE_URL) for the Midlands.")
            }
            let added = try await store.add(systems: structure.systems, organisations: structure.organisations, validFrom: ReferenceDates.structureStart)
            try await store.settings.setRegion(name: Self.regionName, isDemo: false)
            let bodies = try await MidlandsBodies(database: database, now: now).create(systems: structure.systems)
            try await ProgrammeLoader(database: database, actor: CommandLineOperator.auditName, now: now).loadMidlands()
            try await AuditLog(database: database, actor: CommandLineOperator.auditName, now: now)
                .record(.referenceLoaded, subject: Self.regionName, after: ["systems": added.systems, "organisations": added.organisations, "bodies": bodies])
            return (added.systems, added.organisations, bodies)
        }
    }
}
