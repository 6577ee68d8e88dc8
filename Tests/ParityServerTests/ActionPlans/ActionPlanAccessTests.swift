import Fluent
import Foundation
import ParityCore
import Testing
import VaporTesting
@testable import ParityServer

/// A draft is seen, and any plan changed, only by the organisation's own data leads, its
/// system lead and regional admins; only the system lead and the region rate and comment.
@Suite struct ActionPlanAccessTests {
    static let draftReaders: [(String?, Bool)] = [
        (nil, false),
        (TestAccounts.panel.0, false),
        (TestAccounts.dataLeadT02.0, false),
        (TestAccounts.networkLead.0, false),
        (TestAccounts.dataLeadT01.0, true),
        (TestAccounts.systemLead.0, true),
        (TestAccounts.admin.0, true),
    ]

    @Test(arguments: draftReaders)
    func aDraftIsHiddenFromEveryoneButItsEditors(account: String?, sees: Bool) async throws {
        try await withParity { app in
            // given
            try await ActionPlanFixture.create(in: app)
            let lead = try await ActionPlanFixture.plan(app, draft: true)
            let id = try #require(ActionPlanFixture.actions(try await ActionPlanFixture.document(lead)).first?["id"] as? String)
            let reader = TestBrowser(app)
            if let account { try await reader.signIn(account) }
            // when
            let page = try await reader.get("/organisations/T01/action-plan")
            let earlier = try await reader.get("/organisations/T01/action-plan?year=2026")
            let api = try await reader.get("/api/v1/organisations/T01/action-plan")
            let action = try await reader.get("/organisations/T01/action-plan/actions/\(id)")
            let overview = try await reader.get("/systems/S01/action-plans?year=2026").body.string
            let region = try await reader.get("/action-plans?year=2026").body.string
            // then
            for response in [page, earlier, api, action] {
                #expect(response.status == (sees ? .ok : .notFound))
            }
            if !sees {
                #expect(page.body.string.contains("has no published action plan"))
            }
            #expect(overview.contains("Draft") == sees)
            #expect(region.contains("Draft") == sees)
            #expect(overview.contains("Debias shortlisting") == false)
        }
    }

    @Test func onceThePlanIsPublishedEveryoneReadsIt() async throws {
        try await withParity { app in
            try await ActionPlanFixture.create(in: app)
            try await ActionPlanFixture.plan(app)
            let anonymous = TestBrowser(app)
            #expect(try await anonymous.get("/organisations/T01/action-plan").body.string.contains("Debias shortlisting"))
            #expect(try await ActionPlanFixture.document(anonymous)["stage"] as? String == "published")
            #expect(try await anonymous.get("/systems/S01/action-plans").body.string.contains("Published"))
        }
    }

    @Test(arguments: [
        (nil, HTTPStatus.forbidden),
        (TestAccounts.panel.0, .forbidden),
        (TestAccounts.dataLeadT02.0, .forbidden),
        (TestAccounts.networkLead.0, .forbidden),
        (TestAccounts.dataLeadT01.0, .seeOther),
        (TestAccounts.systemLead.0, .seeOther),
        (TestAccounts.admin.0, .seeOther),
    ] as [(String?, HTTPStatus)])
    func onlyEditorsChangeAPlan(account: String?, expected: HTTPStatus) async throws {
        try await withParity { app in
            // given
            try await ActionPlanFixture.create(in: app)
            try await ActionPlanFixture.plan(app)
            let id = try #require(ActionPlanFixture.actions(try await ActionPlanFixture.document(TestBrowser(app))).first?["id"] as? String)
            let browser = TestBrowser(app)
            if let account { try await browser.signIn(account) }
            // when
            let added = try await ActionPlanFixture.addAction(browser, ["what": "Another action"])
            let updated = try await browser.post("/organisations/T01/action-plan/actions/\(id)/updates", form: ["text": "Moved on."])
            let started = try await browser.post("/organisations/T01/action-plan", form: ["year": "2027"])
            // then
            #expect(added.status == expected)
            #expect(updated.status == expected)
            #expect(started.status == expected)
            #expect(try await PlanActionRow.query(on: app.db).count() == (expected == .seeOther ? 2 : 1))
        }
    }

    @Test(arguments: [
        (nil, HTTPStatus.forbidden),
        (TestAccounts.panel.0, .forbidden),
        (TestAccounts.dataLeadT01.0, .forbidden),
        (TestAccounts.systemLead.0, .seeOther),
        (TestAccounts.admin.0, .seeOther),
    ] as [(String?, HTTPStatus)])
    func onlyTheSystemAndRegionRateAndChallenge(account: String?, expected: HTTPStatus) async throws {
        try await withParity { app in
            // given
            try await ActionPlanFixture.create(in: app)
            try await ActionPlanFixture.plan(app)
            let browser = TestBrowser(app)
            if let account { try await browser.signIn(account) }
            // when
            let rated = try await browser.post("/organisations/T01/action-plan/rating", form: ["year": "2026", "rating": "needs-work", "reason": "No target is bound to data."])
            let challenged = try await browser.post("/organisations/T01/action-plan/comments", form: ["year": "2026", "kind": "challenge", "text": "Why no action on WRES 3?"])
            // then
            #expect(rated.status == expected)
            #expect(challenged.status == expected)
            if expected == .seeOther {
                let document = try await ActionPlanFixture.document(browser)
                #expect(document["rating"] as? String == "needs-work")
                #expect(document["rating_reason"] as? String == "No target is bound to data.")
                let page = try await browser.get("/organisations/T01/action-plan").body.string
                #expect(page.contains("Why no action on WRES 3?"))
                #expect(page.contains("Challenge"))
            }
        }
    }

    @Test func aRatingNeedsAReason() async throws {
        try await withParity { app in
            try await ActionPlanFixture.create(in: app)
            try await ActionPlanFixture.plan(app)
            let lead = try await ActionPlanFixture.browser(app, as: TestAccounts.systemLead.0)
            let response = try await lead.post("/organisations/T01/action-plan/rating", form: ["year": "2026", "rating": "sufficient", "reason": "  "])
            #expect(response.status == .unprocessableEntity)
            #expect(response.body.string.contains("Enter the reasons for the rating."))
            #expect(try await ActionPlanFixture.planRow(app).rating == nil)
        }
    }

    @Test func aDraftCannotBeRated() async throws {
        try await withParity { app in
            try await ActionPlanFixture.create(in: app)
            try await ActionPlanFixture.plan(app, draft: true)
            let lead = try await ActionPlanFixture.browser(app, as: TestAccounts.systemLead.0)
            let response = try await lead.post("/organisations/T01/action-plan/rating", form: ["year": "2026", "rating": "sufficient", "reason": "Fine."])
            #expect(response.status == .unprocessableEntity)
            #expect(response.body.string.contains("Only a published plan can be rated."))
        }
    }

    @Test func aFormFromAStalePageIsRefused() async throws {
        try await withParity { app in
            // given
            try await ActionPlanFixture.create(in: app)
            let lead = try await ActionPlanFixture.plan(app, draft: true)
            let version = try await ActionPlanFixture.planRow(app).version
            try await ActionPlanFixture.addAction(lead, ["what": "Second", "version": "\(version)"])
            // when
            let stale = try await ActionPlanFixture.addAction(lead, ["what": "Third", "version": "\(version)"])
            // then
            #expect(stale.status == .conflict)
            #expect(stale.body.string.contains("Someone changed this action plan after you opened the page"))
            #expect(stale.body.string.contains("Debias shortlisting"))
            #expect(try await PlanActionRow.query(on: app.db).count() == 2)
            let id = try #require(ActionPlanFixture.actions(try await ActionPlanFixture.document(lead)).first?["id"] as? String)
            let staleUpdate = try await lead.post("/organisations/T01/action-plan/actions/\(id)/updates", form: ["text": "Moved on.", "version": "0"])
            #expect(staleUpdate.status == .conflict)
            #expect(try await PlanActionUpdateRow.query(on: app.db).count() == 0)
        }
    }
}
