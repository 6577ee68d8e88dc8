import Foundation
import ParityCore
import Testing
import VaporTesting
@testable import ParityServer

/// A plan with no action for an indicator flagged adverse in the organisation's latest
/// figures is marked, on its page, in the overviews and in the API.
@Suite struct ActionPlanCoverageTests {
    @Test func anAdverseIndicatorNoActionAnswersIsMarked() async throws {
        try await withParity { app in
            // given
            try await ActionPlanFixture.create(in: app)
            try await ActionPlanFixture.importReturns(in: app)
            let entry = OrganisationEntry(code: "T01", name: "Testshire Hospitals NHS Trust", systemCode: "S01")
            let adverse = try #require(try await AdverseIndicators.load(database: app.db, organisations: [entry]) { _ in .publicRelease }["T01"]?.tags)
            try #require(!adverse.isEmpty, "the fixture's T01 has an adverse indicator")
            let unflagged = try #require(IndicatorTags.all.first { !adverse.contains($0) })
            // when
            let lead = try await ActionPlanFixture.plan(app, tags: [unflagged])
            // then
            let document = try await ActionPlanFixture.document(TestBrowser(app))
            #expect(document["uncovered_adverse"] as? [String] == adverse)
            let page = try await TestBrowser(app).get("/organisations/T01/action-plan").body.string
            for tag in adverse { #expect(page.contains("No action for adverse indicator <strong>\(tag)</strong>")) }
            #expect(try await TestBrowser(app).get("/systems/S01/action-plans").body.string.contains(adverse[0]))
            // and once an action answers them all, the mark goes
            try await ActionPlanFixture.addAction(lead, ["what": "Answer them"], tags: adverse)
            #expect(try await ActionPlanFixture.document(TestBrowser(app))["uncovered_adverse"] as? [String] == [])
            #expect(!(try await TestBrowser(app).get("/organisations/T01/action-plan").body.string.contains("No action for adverse indicator")))
        }
    }
}
