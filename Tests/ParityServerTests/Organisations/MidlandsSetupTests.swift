import Fluent
import Foundation
import ParityCore
import Testing
@testable import ParityServer

@Suite struct MidlandsSetupTests {
    @Test func setupLoadsElevenSystemsAndTheirTrustsWithNoFigures() async throws {
        try await withParity { app in
            // when
            let added = try await MidlandsSetup(database: app.db, now: testNow).run()
            // then
            #expect(added.systems == 11)
            #expect(added.organisations == 40)
            let structure = try await StructureStore(database: app.db).structure(asAt: Calendar.utc.snapshotDate(year: 2026))
            #expect(structure.regionName == "Midlands")
            #expect(structure.system(code: "QHL")?.organisations.count == 5)
            #expect(try await ReturnVersionRow.query(on: app.db).count() == 0)
            #expect(try await SettingsStore(database: app.db).isDemo == false)
        }
    }

    @Test func runningSetupTwiceAddsNothingTheSecondTime() async throws {
        try await withParity { app in
            _ = try await MidlandsSetup(database: app.db, now: testNow).run()
            let again = try await MidlandsSetup(database: app.db, now: testNow).run()
            #expect(again.systems == 0)
            #expect(again.organisations == 0)
        }
    }

    @Test func setupRefusesADemoDatabase() async throws {
        try await withParity(demo: true) { app in
            await #expect(throws: ParityError.self) { try await MidlandsSetup(database: app.db, now: testNow).run() }
        }
    }
}
