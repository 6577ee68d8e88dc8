import Fluent
import Foundation
import ParityCore
import Testing
import VaporTesting
@testable import ParityServer

/// Targets bound through the form and evaluated from imported returns. S01's pooled 2026
/// WRES indicator 2 is (160/600) ÷ (65/400) = 1.641025…; today is 29 November 2026.
@Suite struct CommitmentTargetTests {
    @Test(arguments: [
        (["measure": "relative-likelihood:2", "comparison": "<=", "value": "1.65", "year": "2026"], "met", 1.641025641),
        (["measure": "relative-likelihood:2", "comparison": "<=", "value": "1.641", "year": "2026"], "not-met", 1.641025641),
        (["measure": "relative-likelihood:2", "comparison": "<=", "value": "1.25", "year": "2027"], "not-yet-due", nil),
        (["measure": "relative-likelihood:2", "comparison": "<=", "value": "1.25", "year": "2025"], "no-data", nil),
    ] as [([String: String], String, Double?)])
    func aTargetIsJudgedByTheSystemsPooledReturn(form: [String: String], outcome: String, actual: Double?) async throws {
        try await withParity { app in
            // given
            try await CommitmentFixture.create(in: app)
            try await CommitmentFixture.importS01Returns(in: app)
            let id = try await CommitmentFixture.id(app, "Medium one", "S01")
            let browser = TestBrowser(app)
            try await browser.signIn(TestAccounts.systemLead.0)
            // when
            let posted = try await browser.post("/commitments/\(id.uuidString)/targets", form: form)
            // then
            #expect(posted.status == .seeOther)
            let document = try await CommitmentFixture.document(app, id)
            let target = try #require((document["targets"] as? [[String: Any]])?.first)
            #expect(target["outcome"] as? String == outcome)
            if let actual {
                #expect(abs((target["actual"] as? Double ?? 0) - actual) < 1e-6)
            } else {
                #expect(target["actual"] is NSNull)
            }
        }
    }

    @Test func doneWithAMissedTargetIsDoneTargetMissedAndSaysWhich() async throws {
        try await withParity { app in
            // given
            try await CommitmentFixture.create(in: app)
            try await CommitmentFixture.importS01Returns(in: app)
            let id = try await CommitmentFixture.id(app, "Medium one", "S01")
            let browser = TestBrowser(app)
            try await browser.signIn(TestAccounts.systemLead.0)
            try await browser.post("/commitments/\(id.uuidString)/targets", form: ["measure": "relative-likelihood:2", "comparison": "<=", "value": "1.25", "year": "2026"])
            // when
            try await browser.post("/commitments/\(id.uuidString)/updates", form: ["text": "Done.", "state": "done"])
            // then
            let document = try await CommitmentFixture.document(app, id)
            #expect(document["status"] as? String == "done-target-missed")
            #expect(document["escalated"] as? Bool == false)
            #expect(document["reason"] as? String == "Declared done, but 1 target was not met: WRES indicator 2 relative likelihood ≤ 1.25 in the 2026 return (1.64).")
            let page = try await browser.get("/commitments/\(id.uuidString)").body.string
            #expect(page.contains("Not met: 1.64 in the 2026 return, against a target of ≤ 1.25."))
        }
    }

    @Test func doneWithATargetNotYetDueIsComplete() async throws {
        try await withParity { app in
            try await CommitmentFixture.create(in: app)
            let id = try await CommitmentFixture.id(app, "Medium one", "S01")
            let browser = TestBrowser(app)
            try await browser.signIn(TestAccounts.systemLead.0)
            try await browser.post("/commitments/\(id.uuidString)/targets", form: ["measure": "bme-senior-share", "comparison": ">=", "value": "15", "year": "2028"])
            try await browser.post("/commitments/\(id.uuidString)/updates", form: ["text": "Done.", "state": "done"])
            let document = try await CommitmentFixture.document(app, id)
            #expect(document["status"] as? String == "complete")
            #expect((document["targets"] as? [[String: Any]])?.first?["outcome"] as? String == "not-yet-due")
        }
    }

    @Test(arguments: [
        ["measure": "relative-likelihood:9", "comparison": "<=", "value": "1.25", "year": "2026"],
        ["measure": "relative-likelihood:2", "comparison": "=", "value": "1.25", "year": "2026"],
        ["measure": "relative-likelihood:2", "comparison": "<=", "value": "one", "year": "2026"],
        ["measure": "relative-likelihood:2", "comparison": "<=", "value": "1.25", "year": "26"],
    ])
    func aTargetFormWithABadFieldSavesNothing(form: [String: String]) async throws {
        try await withParity { app in
            try await CommitmentFixture.create(in: app)
            let id = try await CommitmentFixture.id(app, "Medium one", "S01")
            let browser = TestBrowser(app)
            try await browser.signIn(TestAccounts.systemLead.0)
            let response = try await browser.post("/commitments/\(id.uuidString)/targets", form: form)
            #expect(response.status == .unprocessableEntity)
            #expect(response.body.string.contains("There is a problem"))
            #expect(try await CommitmentTargetRow.query(on: app.db).count() == 0)
        }
    }
}
