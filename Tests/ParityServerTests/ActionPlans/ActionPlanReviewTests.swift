import Fluent
import Foundation
import ParityCore
import Testing
import VaporTesting
@testable import ParityServer

/// A year on, the organisation records what each action achieved; the reviewed plan is the
/// year's record, no longer changes, and stays readable beside the next year's plan.
@Suite struct ActionPlanReviewTests {
    @Test func theReviewFreezesThePlanAndTheEarlierYearStaysReadable() async throws {
        try await withParity { app in
            // given
            try await ActionPlanFixture.create(in: app)
            let lead = try await ActionPlanFixture.plan(app, year: 2025, action: ["due": "2026-03-31"])
            try await ActionPlanFixture.addAction(lead, year: 2025, ["what": "Still going", "due": "2027-03-31"])
            let actions = ActionPlanFixture.actions(try await ActionPlanFixture.document(lead, year: 2025))
            let first = try #require(actions.first?["id"] as? String)
            try await lead.post("/organisations/T01/action-plan/actions/\(first)/updates", form: ["text": "Done.", "state": "done"])
            var review = ["year": "2025"]
            for action in actions { review["achieved-\(action["id"] as! String)"] = "Shortlists now 40% BME." }
            // when
            let reviewed = try await lead.post("/organisations/T01/action-plan/review", form: review)
            let next = try await lead.post("/organisations/T01/action-plan", form: ["year": "2026", "carryOver": "yes"])
            // then
            #expect(reviewed.status == .seeOther)
            #expect(next.status == .seeOther)
            let earlier = try await ActionPlanFixture.document(TestBrowser(app), year: 2025)
            #expect(earlier["stage"] as? String == "reviewed")
            #expect(ActionPlanFixture.actions(earlier).allSatisfy { $0["achieved"] as? String == "Shortlists now 40% BME." })
            let page = try await TestBrowser(app).get("/organisations/T01/action-plan?year=2025").body.string
            #expect(page.contains("What it achieved"))
            #expect(page.contains("Shortlists now 40% BME."))
            let frozen = try await ActionPlanFixture.addAction(lead, year: 2025, ["what": "Too late"])
            #expect(frozen.status == .unprocessableEntity)
            #expect(frozen.body.string.contains("has been reviewed and no longer changes"))
            let late = try await lead.post("/organisations/T01/action-plan/actions/\(first)/updates", form: ["text": "More."])
            #expect(late.status == .unprocessableEntity)
            let carried = ActionPlanFixture.actions(try await ActionPlanFixture.document(lead, year: 2026))
            #expect(carried.map { $0["what"] as? String } == ["Still going"])
            let current = try await lead.get("/organisations/T01/action-plan").body.string
            #expect(current.contains("/organisations/T01/action-plan?year=2025"))
        }
    }

    @Test func everyActionNeedsWhatItAchievedAndADraftIsNotReviewed() async throws {
        try await withParity { app in
            try await ActionPlanFixture.create(in: app)
            let lead = try await ActionPlanFixture.plan(app, draft: true)
            let missing = try await lead.post("/organisations/T01/action-plan/review", form: ["year": "2026"])
            #expect(missing.status == .unprocessableEntity)
            #expect(missing.body.string.contains("Publish the plan before reviewing it."))
            #expect(missing.body.string.contains("Enter what action 1 achieved."))
            #expect(try await ActionPlanFixture.planRow(app).stage == "draft")
        }
    }

    @Test func aPlanWithoutActionsIsNotPublished() async throws {
        try await withParity { app in
            try await ActionPlanFixture.create(in: app)
            let lead = try await ActionPlanFixture.browser(app, as: TestAccounts.dataLeadT01.0)
            try await lead.post("/organisations/T01/action-plan", form: ["year": "2026"])
            let response = try await lead.post("/organisations/T01/action-plan/publish", form: ["year": "2026"])
            #expect(response.status == .unprocessableEntity)
            #expect(response.body.string.contains("Add at least one action before publishing the plan."))
            let again = try await lead.post("/organisations/T01/action-plan", form: ["year": "2026"])
            #expect(again.status == .unprocessableEntity)
            #expect(again.body.string.contains("already has a 2026 action plan"))
        }
    }
}
