import Fluent
import Foundation
import ParityCore
import Testing
import VaporTesting
@testable import ParityServer

/// The matrix, its CSV and JSON, the escalation list, a system's list and "My attention".
/// With the fixture's programme (start 31 August 2025) on 29 November 2026: the short and
/// medium commitments are overdue (due 28 February and 31 August 2026), the medium-to-long
/// ones due 28 February 2027 and never updated since being recorded on 31 August 2025 (at risk).
@Suite struct AccountabilityPagesTests {
    @Test func theEscalationListHoldsEveryOverdueCommitmentAndNothingElse() async throws {
        try await withParity { app in
            // given S02's short commitment is done, so only three are overdue
            try await CommitmentFixture.create(in: app)
            let done = try await CommitmentFixture.row(app, "Short one", "S02")
            done.declaredState = DeclaredState.done.rawValue
            try await done.update(on: app.db)
            // when
            let page = try await TestBrowser(app).get("/accountability/escalations")
            let api = try CommitmentFixture.json(try await TestBrowser(app).get("/api/v1/commitments?escalated=true"))
            // then
            #expect(page.status == .ok)
            #expect(page.body.string.contains("3 overdue commitments"))
            #expect(page.body.string.contains("/commitments/\(try await CommitmentFixture.id(app, "Short one", "S01").uuidString)"))
            #expect(!page.body.string.contains("/commitments/\(done.id!.uuidString)"))
            #expect(!page.body.string.contains("Medium to long one"))
            let listed = try #require(api["commitments"] as? [[String: Any]])
            #expect(Set(listed.compactMap { ($0["recommendation"] as? [String: Any])?["title"] as? String }) == ["Short one", "Medium one"])
            #expect(api["count"] as? Int == 3)
        }
    }

    @Test func theMatrixShowsEachSystemsStatusLinkedToTheCommitment() async throws {
        try await withParity { app in
            try await CommitmentFixture.create(in: app)
            let page = try await TestBrowser(app).get("/accountability")
            #expect(page.status == .ok)
            let body = page.body.string
            #expect(body.contains("Testshire") && body.contains("Otherland"))
            #expect(body.contains("href=\"/commitments/\(try await CommitmentFixture.id(app, "Medium to long one", "S02").uuidString)\"><strong class=\"p-flag p-flag--too-few-to-conclude\">At risk</strong>"))
            #expect(body.contains("Regional one"))
        }
    }

    @Test(arguments: [
        ("horizon=S", ["Short one"]),
        ("horizon=M", ["Medium one", "Medium to long one", "Regional one"]),
        ("horizon=L", ["Medium to long one"]),
        ("tag=WRES%202", ["Medium one"]),
        ("status=amber", ["Medium to long one"]),
        ("status=red", ["Short one", "Medium one"]),
        ("status=complete", []),
    ])
    func theMatrixFiltersByHorizonTagAndStatus(query: String, titles: [String]) async throws {
        try await withParity { app in
            try await CommitmentFixture.create(in: app)
            let document = try CommitmentFixture.json(try await TestBrowser(app).get("/api/v1/region/accountability?\(query)"))
            let rows = try #require(document["recommendations"] as? [[String: Any]])
            #expect(rows.compactMap { $0["title"] as? String } == titles)
            let page = try await TestBrowser(app).get("/accountability?\(query)")
            #expect(page.status == .ok)
        }
    }

    @Test func anUnknownFilterIsAProblemNotAnEmptyMatrix() async throws {
        try await withParity { app in
            try await CommitmentFixture.create(in: app)
            #expect(try await TestBrowser(app).get("/accountability?status=purple").status == .unprocessableEntity)
            #expect(try await TestBrowser(app).get("/api/v1/region/accountability?horizon=X").status == .unprocessableEntity)
        }
    }

    @Test func theMatrixJSONHasOneCellPerSystemWithItsStatus() async throws {
        try await withParity { app in
            try await CommitmentFixture.create(in: app)
            let document = try CommitmentFixture.json(try await TestBrowser(app).get("/api/v1/region/accountability"))
            #expect(document["today"] as? String == "2026-11-29")
            #expect((document["systems"] as? [[String: Any]])?.compactMap { $0["code"] as? String } == ["S02", "S01"])
            let rows = try #require(document["recommendations"] as? [[String: Any]])
            #expect(rows.count == 4)
            let medium = try #require(rows.first { $0["title"] as? String == "Medium one" })
            #expect(medium["horizon"] as? String == "M")
            #expect(medium["tags"] as? [String] == ["WRES 2"])
            let cell = try #require((medium["cells"] as? [String: Any])?["S01"] as? [String: Any])
            #expect(Set(cell.keys) == ["commitment_id", "href", "status", "status_label", "escalated", "due"])
            #expect(cell["status"] as? String == "red")
            #expect(cell["due"] as? String == "2026-08-31")
            #expect((rows.first { $0["title"] as? String == "Regional one" }?["cells"] as? [String: Any])?.isEmpty == true)
        }
    }

    @Test func aCommitmentsJSONCarriesEveryFieldOfItsShape() async throws {
        try await withParity { app in
            try await CommitmentFixture.create(in: app)
            let document = try await CommitmentFixture.document(app, try await CommitmentFixture.id(app, "Medium to long one", "S01"))
            #expect(Set(document.keys) == [
                "id", "href", "programme", "recommendation", "system", "due", "standard_due", "agreed_due", "agreed_due_reason", "due_basis",
                "long_months", "declared_state", "response", "response_reason", "created", "last_update", "status", "status_label",
                "escalated", "reason", "version", "targets", "updates", "comments", "rule",
            ])
            #expect(document["programme"] as? String == "Test strategy")
            #expect((document["system"] as? [String: Any])?["name"] as? String == "Testshire")
            let recommendation = try #require(document["recommendation"] as? [String: Any])
            #expect(recommendation["horizon"] as? String == "M/L")
            #expect(recommendation["horizon_label"] as? String == "Medium to long")
            #expect(document["status"] as? String == "amber")
            #expect(document["reason"] as? String == "No update in the 455 days since it was recorded on 31 August 2025.")
            #expect(document["last_update"] is NSNull)
            #expect(try await TestBrowser(app).get("/api/v1/commitments/\(UUID().uuidString)").status == .notFound)
            #expect(try await TestBrowser(app).get("/api/v1/commitments?system=S02").status == .ok)
            #expect(try CommitmentFixture.json(try await TestBrowser(app).get("/api/v1/commitments?system=S02"))["count"] as? Int == 3)
        }
    }

    @Test func theCSVHasABOMOneColumnPerSystemAndNeutralisesFormulas() async throws {
        try await withParity { app in
            // given recommendation titles a spreadsheet would run as formulas
            try await CommitmentFixture.create(in: app, recommendations: [
                CommitmentFixture.recommendation("=HYPERLINK(\"http://evil\",\"x\")", "S"),
                CommitmentFixture.recommendation("+1, -2 and @SUM", "M", tags: ["-WRES", "WRES 3"]),
                CommitmentFixture.recommendation("Plain", "M"),
            ])
            // when
            let response = try await TestBrowser(app).get("/accountability.csv")
            // then
            #expect(response.status == .ok)
            #expect(response.headers.contentType?.subType == "csv")
            let bytes = Array(response.body.readableBytesView)
            #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF])
            let lines = String(decoding: bytes.dropFirst(3), as: UTF8.self).components(separatedBy: "\r\n")
            #expect(lines[0] == "Programme,Recommendation,Level,Horizon,Tags,Otherland (S02),Testshire (S01)")
            #expect(lines[1] == "Test strategy,\"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\",system,S,WRES 2,Overdue,Overdue")
            #expect(lines[2] == "Test strategy,\"'+1, -2 and @SUM\",system,M,'-WRES; WRES 3,Overdue,Overdue")
            #expect(lines[3] == "Test strategy,Plain,system,M,WRES 2,Overdue,Overdue")
        }
    }

    @Test(arguments: [("=1+1", "'=1+1"), ("+44", "'+44"), ("-2", "'-2"), ("@A1", "'@A1"), ("\tx", "'\tx"), ("a=b", "a=b"), ("", "")])
    func formulaCellsAreNeutralised(cell: String, expected: String) {
        #expect(CSVWriter.neutralised(cell) == expected)
    }

    @Test func aSystemsCommitmentsListTheNextDueDate() async throws {
        try await withParity { app in
            try await CommitmentFixture.create(in: app)
            let page = try await TestBrowser(app).get("/systems/S01/commitments")
            #expect(page.status == .ok)
            #expect(page.body.string.contains("Next due: <strong>28 February 2027</strong> — Medium to long one."))
            #expect(try await TestBrowser(app).get("/systems/NOPE/commitments").status == .notFound)
        }
    }

    @Test func myAttentionListsWhatIsOverdueDueSoonOrAwaitingTheUsersUpdateInTheirScope() async throws {
        try await withParity { app in
            // given S01's medium-to-long commitment is due in 20 days and was updated yesterday
            try await CommitmentFixture.create(in: app)
            let soon = try await CommitmentFixture.row(app, "Medium to long one", "S01")
            soon.agreedDueAt = CommitmentFixture.day(20)
            soon.agreedDueReason = "test"
            try await soon.update(on: app.db)
            try await CommitmentChanges(database: app.db, author: "test", now: CommitmentFixture.day(-1)).postUpdate(soon, text: "x", evidence: [], state: nil, version: nil)
            let lead = TestBrowser(app)
            try await lead.signIn(TestAccounts.systemLead.0)
            // when
            let page = try await lead.get("/my-attention").body.string
            // then only S01's three commitments, each for its reason
            #expect(page.contains("Overdue since 28 February 2026."))
            #expect(page.contains("Overdue since 31 August 2026."))
            #expect(page.contains("Due 19 December 2026, in 20 days."))
            #expect(page.contains("Awaiting your first update."))
            #expect(!page.contains("Otherland"))
            let dataLead = TestBrowser(app)
            try await dataLead.signIn(TestAccounts.dataLeadT01.0)
            #expect(try await dataLead.get("/my-attention").body.string.contains("Nothing needs your attention."))
            #expect(try await TestBrowser(app).get("/my-attention").status == .seeOther)
        }
    }

    @Test func midlandsSetupLoadsTheStrategysRecommendationsForEverySystemOnce() async throws {
        try await withParity { app in
            _ = try await MidlandsSetup(database: app.db, now: testNow).run()
            _ = try await MidlandsSetup(database: app.db, now: testNow).run()
            let programme = try #require(try await ProgrammeRow.query(on: app.db).first())
            #expect(programme.name == "Midlands race equality strategy")
            let recommendations = try await RecommendationRow.query(on: app.db).sort(\.$position).all()
            #expect(recommendations.map(\.horizon) == ["M/L", "S", "M", "M", "M"])
            #expect(recommendations[3].horizonNote == "6–12 months")
            #expect(try await CommitmentRow.query(on: app.db).count() == 55)
            #expect(try await AuditEventRow.query(on: app.db).filter(\.$action == "programme.loaded").count() == 1)
        }
    }

    @Test func theDemoHasACommitmentInEveryState() async throws {
        try await withParity(demo: true) { app in
            let document = try CommitmentFixture.json(try await TestBrowser(app).get("/api/v1/commitments"))
            let commitments = try #require(document["commitments"] as? [[String: Any]])
            #expect(commitments.count == 55)
            #expect(Set(commitments.compactMap { $0["status"] as? String }) == Set(DeliveryStatus.allCases.map(\.rawValue)))
            #expect(commitments.first?["programme"] as? String == "Northmere race equality strategy")
            let outcomes = Set(commitments.flatMap { ($0["targets"] as? [[String: Any]]) ?? [] }.compactMap { $0["outcome"] as? String })
            #expect(outcomes == ["met", "not-met", "not-yet-due"])
            let modelEmployer = commitments.flatMap { ($0["targets"] as? [[String: Any]]) ?? [] }.filter { $0["measure"] as? String == "model-employer-shortfall" }
            #expect(modelEmployer.count == DemoCommitments.modelEmployerSystems)
            #expect(modelEmployer.allSatisfy { ["met", "not-met"].contains($0["outcome"] as? String ?? "") })
            #expect(try await TestBrowser(app).get("/accountability").status == .ok)
            #expect(try await TestBrowser(app).get("/accountability/escalations").status == .ok)
            #expect(try await TestBrowser(app).get("/systems/D01/commitments").status == .ok)
        }
    }
}
