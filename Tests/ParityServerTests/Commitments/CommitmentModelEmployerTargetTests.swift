import Fluent
import Foundation
import ParityCore
import Testing
import VaporTesting
@testable import ParityServer

/// A target bound to the Model Employer goals, judged on S01's returns of `ModelEmployerFixture`
/// (T01 2024 and 2026, T02 2026). S01 in 2026: 70 BME of 260 (26.92%); baseline 2024 (T01's
/// only): band 8a 10 of 50 (20%), band 8c 2 of 20 (10%). The 2026 goals are halfway: 8a
/// 23.46% of 60 = 14.08 → 15, and 15 BME, so 0 short; 8c 18.46% of 40 = 7.38 → 8, and 5 BME,
/// so 3 short. The shortfall is 3.
@Suite struct CommitmentModelEmployerTargetTests {
    private func given(_ app: Application) async throws -> (UUID, TestBrowser) {
        try await CommitmentFixture.create(in: app)
        _ = try await ReturnImporter(database: app.db, now: testNow, actor: .commandLine, auditName: "test")
            .importFile(Array(ModelEmployerFixture.csv.utf8), fileName: "model-employer.csv")
        let id = try await CommitmentFixture.id(app, "Medium one", "S01")
        let browser = TestBrowser(app)
        try await browser.signIn(TestAccounts.systemLead.0)
        return (id, browser)
    }

    @Test(arguments: [
        ("0", "not-met", "On Model Employer track at 8a–VSM by 2026",
         "Not met: 3 people short in the 2026 return, against a target of ≤ 0 people short."),
        ("3", "met", "At most 3 BME staff short of the Model Employer path at 8a–VSM in the 2026 return",
         "Met: 3 people short in the 2026 return, against a target of ≤ 3 people short."),
    ])
    func theShortfallIsJudgedOnTheModelEmployerPlan(value: String, outcome: String, text: String, explanation: String) async throws {
        try await withParity { app in
            // given
            let (id, browser) = try await given(app)
            let form = try await browser.get("/commitments/\(id.uuidString)").body.string
            #expect(form.contains("value=\"model-employer-shortfall\""))
            #expect(form.contains("BME staff short of the Model Employer path, bands 8a–VSM"))
            // when
            let posted = try await browser.post("/commitments/\(id.uuidString)/targets",
                                                form: ["measure": "model-employer-shortfall", "comparison": "<=", "value": value, "year": "2026"])
            // then
            #expect(posted.status == .seeOther)
            let document = try CommitmentFixture.json(try await browser.get("/api/v1/commitments/\(id.uuidString)"))
            let target = try #require((document["targets"] as? [[String: Any]])?.first)
            #expect(target["measure"] as? String == "model-employer-shortfall")
            #expect(target["outcome"] as? String == outcome)
            #expect(target["actual"] as? Double == 3)
            #expect(target["text"] as? String == text)
            #expect(target["explanation"] as? String == explanation)
            let page = try await browser.get("/commitments/\(id.uuidString)").body.string
            #expect(page.contains(text))
            #expect(page.contains(explanation))
        }
    }

    /// The figure is the Model Employer page's own: the sum of its bands' gaps.
    @Test func theShortfallIsTheSumOfTheModelEmployerPagesGaps() async throws {
        try await withParity { app in
            // given
            let (id, browser) = try await given(app)
            try await browser.post("/commitments/\(id.uuidString)/targets",
                                   form: ["measure": "model-employer-shortfall", "comparison": "<=", "value": "0", "year": "2026"])
            // when
            let plan = try CommitmentFixture.json(try await browser.get(SitePath.apiModelEmployer(.system("S01"), year: 2026).href))
            let document = try await CommitmentFixture.document(app, id)
            // then
            let gaps = try #require(plan["bands"] as? [[String: Any]]).compactMap { $0["gap"] as? Int }
            #expect(gaps.reduce(0, +) == 3)
            let signedIn = try CommitmentFixture.json(try await browser.get("/api/v1/commitments/\(id.uuidString)"))
            #expect((signedIn["targets"] as? [[String: Any]])?.first?["actual"] as? Double == 3)
            // a reader outside the system: band 8c's 2024 share (2 of 20) is withheld, so its gap
            // is, so the sum is; the outcome is the data's and stays
            let target = try #require((document["targets"] as? [[String: Any]])?.first)
            #expect(target["outcome"] as? String == "not-met")
            #expect(target["actual"] is NSNull)
            #expect(target["explanation"] as? String == "Not met: the 2026 figure is withheld from you by the disclosure rule (small numbers).")
        }
    }

    @Test func aYearWithoutReturnsIsNotYetDueOrNoData() async throws {
        try await withParity { app in
            let (id, browser) = try await given(app)
            try await browser.post("/commitments/\(id.uuidString)/targets",
                                   form: ["measure": "model-employer-shortfall", "comparison": "<=", "value": "0", "year": "2027"])
            try await browser.post("/commitments/\(id.uuidString)/targets",
                                   form: ["measure": "model-employer-shortfall", "comparison": "<=", "value": "0", "year": "2025"])
            let document = try await CommitmentFixture.document(app, id)
            let outcomes = Set((document["targets"] as? [[String: Any]] ?? []).compactMap { $0["outcome"] as? String })
            #expect(outcomes == ["not-yet-due", "no-data"])
        }
    }
}
