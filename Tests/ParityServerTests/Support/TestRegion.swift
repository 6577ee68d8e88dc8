import Fluent
import ParityCore
@testable import ParityServer

/// A two-organisation test region: system S01 with T01 and T02.
enum TestRegion {
    static func create(on database: Database) async throws {
        _ = try await StructureStore(database: database).add(
            systems: [ReferenceSystem(code: "S01", name: "Testshire")],
            organisations: [
                ReferenceOrganisation(code: "T01", name: "Testshire Hospitals NHS Trust", systemCode: "S01", kind: nil),
                ReferenceOrganisation(code: "T02", name: "Testshire Community NHS Trust", systemCode: "S01", kind: nil),
            ],
            validFrom: ReferenceDates.structureStart
        )
        try await SettingsStore(database: database).setRegion(name: "Testland", isDemo: false)
    }
}
