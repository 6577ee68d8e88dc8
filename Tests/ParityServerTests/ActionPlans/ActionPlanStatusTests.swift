import Foundation
import ParityCore
import Testing
import VaporTesting
@testable import ParityServer

/// An action's status is the commitments' `DeliveryRule` applied to its facts, and its
/// targets are judged by `TargetEvaluation` on the organisation's own return; today is
/// 29 November 2026.
@Suite struct ActionPlanStatusTests {
    @Test(arguments: [
        ("2026-10-01", nil, "red"),
        ("2026-12-15", nil, "amber"),
        ("2027-06-30", nil, "green"),
        ("2026-10-01", "done", "complete"),
        ("2027-06-30", "blocked", "amber"),
    ] as [(String, String?, String)])
    func anActionIsRatedByTheCommitmentsRule(due: String, state: String?, expected: String) async throws {
        try await withParity { app in
            // given
            try await ActionPlanFixture.create(in: app)
            let lead = try await ActionPlanFixture.plan(app, action: ["due": due])
            let action = try #require(ActionPlanFixture.actions(try await ActionPlanFixture.document(lead)).first)
            let id = try #require(action["id"] as? String)
            // when
            if let state {
                let posted = try await lead.post("/organisations/T01/action-plan/actions/\(id)/updates", form: ["text": "Moved on.", "state": state])
                #expect(posted.status == .seeOther)
            }
            // then
            let seen = try #require(ActionPlanFixture.actions(try await ActionPlanFixture.document(lead)).first)
            let row = try #require(try await PlanActionRow.find(UUID(uuidString: id), on: app.db))
            let facts = DeliveryFacts(due: ISODay.parse(due)!, declared: DeclaredState(rawValue: row.declaredState)!,
                                      lastUpdate: state == nil ? nil : testNow, created: testNow)
            #expect(seen["status"] as? String == expected)
            #expect(seen["status"] as? String == DeliveryRule.standard.status(facts, today: testNow).rawValue)
            #expect(seen["reason"] as? String == DeliveryRule.standard.reason(facts, today: testNow))
        }
    }

    @Test func anActionPastDueAndNotDoneReadsOverdueAndTheWholePlanIsOverdue() async throws {
        try await withParity { app in
            // given
            try await ActionPlanFixture.create(in: app)
            let lead = try await ActionPlanFixture.plan(app, action: ["due": "2026-10-01"])
            // when
            let page = try await lead.get("/organisations/T01/action-plan").body.string
            let document = try await ActionPlanFixture.document(lead)
            // then
            #expect(page.contains("Overdue"))
            #expect(page.contains("Due 1 October 2026, 59 days ago, and not done."))
            #expect(document["health"] as? String == PlanHealth.overdue.rawValue)
        }
    }

    @Test func doneWithAMissedTargetIsDoneTargetMissedJudgedOnTheOrganisationsOwnReturn() async throws {
        try await withParity { app in
            // given
            try await ActionPlanFixture.create(in: app)
            try await ActionPlanFixture.importReturns(in: app)
            let lead = try await ActionPlanFixture.plan(app, action: [
                "measure": "relative-likelihood:2", "comparison": "<=", "value": "0.5", "targetYear": "2026",
            ])
            let id = try #require(ActionPlanFixture.actions(try await ActionPlanFixture.document(lead)).first?["id"] as? String)
            // when
            try await lead.post("/organisations/T01/action-plan/actions/\(id)/updates", form: ["text": "Done.", "state": "done"])
            // then
            let action = try #require(ActionPlanFixture.actions(try await ActionPlanFixture.document(lead)).first)
            let target = try #require((action["targets"] as? [[String: Any]])?.first)
            let figures = try await TargetFigures.load(database: app.db, years: [2026], organisations: [
                OrganisationEntry(code: "T01", name: "Testshire Hospitals NHS Trust", systemCode: "S01"),
            ]) { _ in .unrestricted }
            let expected = figures.evaluate(Target(measure: .relativeLikelihood(indicator: 2), comparison: .atMost, value: 0.5, year: 2026), organisation: "T01", today: testNow)
            #expect(target["outcome"] as? String == "not-met")
            #expect(abs((target["actual"] as? Double ?? 0) - (expected.actual ?? -1)) < 1e-9)
            #expect(action["status"] as? String == "done-target-missed")
            #expect(try await ActionPlanFixture.document(lead)["health"] as? String == PlanHealth.complete.rawValue)
        }
    }

    @Test func aTargetFieldLeftWrongSavesNoAction() async throws {
        try await withParity { app in
            try await ActionPlanFixture.create(in: app)
            let lead = try await ActionPlanFixture.plan(app, draft: true)
            let response = try await ActionPlanFixture.addAction(lead, ["measure": "relative-likelihood:2", "value": "one", "targetYear": "2026"])
            #expect(response.status == .unprocessableEntity)
            #expect(response.body.string.contains("Enter the target value as a number"))
            #expect(try await PlanActionRow.query(on: app.db).count() == 1)
        }
    }

    @Test(arguments: [
        (["what": ""], "Enter what the action is."),
        (["owner": " "], "Enter who owns the action."),
        (["due": "31/03/2027"], "Enter the due date as YYYY-MM-DD"),
    ])
    func anActionNeedsWhatOwnerAndADueDate(fields: [String: String], message: String) async throws {
        try await withParity { app in
            try await ActionPlanFixture.create(in: app)
            let lead = try await ActionPlanFixture.plan(app, draft: true)
            let response = try await ActionPlanFixture.addAction(lead, fields)
            #expect(response.status == .unprocessableEntity)
            #expect(response.body.string.contains(message))
        }
    }

    @Test func anActionNeedsAnIndicator() async throws {
        try await withParity { app in
            try await ActionPlanFixture.create(in: app)
            let lead = try await ActionPlanFixture.plan(app, draft: true)
            let response = try await ActionPlanFixture.addAction(lead, tags: [])
            #expect(response.status == .unprocessableEntity)
            #expect(response.body.string.contains("Choose at least one indicator the action aims to move."))
        }
    }
}
