import Fluent
import Foundation
import ParityCore
import Testing
import VaporTesting
@testable import ParityServer

/// The demo's annual cycle (one seeding of the demo region, which is slow, checks both): the
/// current cycle has organisations in every state; every organisation has an action plan in
/// the latest year, in varied health, one leaving an adverse indicator unanswered, and
/// reviewed plans a year earlier.
@Suite struct DemoActionPlansTests {
    @Test func theDemoCycleHasEveryStateAndEveryOrganisationAPlanInVariedHealth() async throws {
        try await withParity(demo: true) { app in
            let seeder = DemoSeeder(database: app.db, now: testNow)
            let organisations = try await OrganisationRow.query(on: app.db).all()
            let cycle = try await CycleStore(database: app.db).cycle(.wres, DemoCycles.currentYear(now: testNow, latestYear: seeder.latestYear))
            let structure = try await StructureStore(database: app.db).structure(asAt: cycle.snapshot)
            let tracked = try await CycleStore(database: app.db).tracker(cycle, structure: structure, today: testNow)
            #expect(Set(tracked.map(\.state)) == Set(SubmissionState.allCases))
            #expect(tracked.contains { $0.state == .draftImported && $0.isLate }, "an overdue draft")

            let store = ActionPlanStore(database: app.db, now: testNow)
            let latest = try await store.assessed(try await store.rows(year: seeder.latestYear)) { _ in .publicRelease }
            #expect(latest.count == organisations.count)
            #expect(Set(latest.map(\.health)).isSuperset(of: [.onTrack, .atRisk, .overdue]))
            #expect(latest.contains { $0.stage == .draft })
            #expect(latest.filter { !$0.uncovered.isEmpty && $0.stage != .draft }.count == 1)
            #expect(latest.filter { $0.rating != nil }.count >= organisations.count / 3)
            #expect(try await store.rows(year: seeder.latestYear - 1).allSatisfy { $0.stage == PlanStage.reviewed.rawValue })
            #expect(try await TestBrowser(app).get("/action-plans").status == .ok)
            let reviewed = try #require(try await store.rows(year: seeder.latestYear - 1).first)
            #expect(try await TestBrowser(app).get("/organisations/\(reviewed.organisationCode)/action-plan?year=\(seeder.latestYear - 1)").status == .ok)
        }
    }
}
