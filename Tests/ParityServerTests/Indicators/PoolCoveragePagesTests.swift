import Foundation
import ParityCore
import Testing
import VaporTesting
@testable import ParityServer

/// A system's pooled figures leave out an organisation that left a count blank, and say so on
/// the page, in the API and in the board report (issue 20).
@Suite struct PoolCoveragePagesTests {
    /// T01 returns indicator 2 in full (White 100/400, BME 45/300); T02 leaves BME appointed blank.
    private func withPartialReturns(_ body: (Application) async throws -> Void) async throws {
        try await withParity { app in
            try await TestRegion.create(on: app.db)
            _ = try await ReturnImporter(database: app.db, now: testNow, actor: .commandLine, auditName: "test").importFile(try fixture("partial-2026.csv"), fileName: "partial.csv")
            try await body(app)
        }
    }

    private static let sentence = "Pooled from 1 of 2 organisations; left out: Testshire Community NHS Trust — no appointed count for BME applicants."

    @Test func theSystemPageShowsWhichOrganisationsAFigurePools() async throws {
        try await withPartialReturns { app in
            // when
            let html = try await TestBrowser(app).get(SitePath.system("S01", year: 2026).href).body.string
            // then T01's own 1.67 ((100/400) ÷ (45/300)), not 1.96 with T02's blank taken as 0 ((160/600) ÷ (45/400))
            #expect(html.contains(Self.sentence))
            #expect(html.contains("1.67"))
            #expect(!html.contains("1.96"))
            // and indicator 1, which both provided, pools both
            #expect(html.contains("Pooled from 2 of 2 organisations."))
            // and the trend's data table says how many it pools
            #expect(html.contains("2026 (pooled from 1 of 2 organisations)"))
        }
    }

    @Test func theAPIGivesThePooledAndTheLeftOutWithTheirReasons() async throws {
        try await withPartialReturns { app in
            // when
            let response = try await TestBrowser(app).get(SitePath.apiSystem("S01", year: 2026).href)
            let document = try #require(try JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [String: Any])
            let two = try #require((document["indicators"] as? [String: Any])?["2"] as? [String: Any])
            // then
            let pooled = try #require(two["organisations_pooled"] as? [[String: Any]])
            let leftOut = try #require(two["organisations_left_out"] as? [[String: Any]])
            #expect(pooled.map { $0["code"] as? String } == ["T01"])
            #expect(leftOut.map { $0["code"] as? String } == ["T02"])
            #expect(leftOut.first?["reason"] as? String == "no appointed count for BME applicants")
            #expect(abs((two["relative_likelihood"] as? Double ?? 0) - (100.0 / 400.0) / (45.0 / 300.0)) < 1e-12)
            #expect(two["coverage_sentence"] as? String == Self.sentence)
        }
    }

    @Test func anOrganisationsOwnDocumentHasNoCoverage() async throws {
        try await withPartialReturns { app in
            let response = try await TestBrowser(app).get(SitePath.apiOrganisation("T01", year: 2026).href)
            let document = try #require(try JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [String: Any])
            let two = try #require((document["indicators"] as? [String: Any])?["2"] as? [String: Any])
            #expect(two["organisations_pooled"] == nil)
        }
    }

    @Test func theBoardReportShowsTheCoverage() async throws {
        try await withPartialReturns { app in
            let html = try await TestBrowser(app).get(SitePath.boardReport(.system("S01"), year: 2026).href).body.string
            #expect(html.contains(Self.sentence))
        }
    }

    @Test func theSystemPageTheAPIAndTheBoardReportShowTheFigureAdjustedForOrganisation() async throws {
        try await withParity { app in
            // given T01: White 100/400, BME 45/300; T02: White 60/200, BME 20/100
            try await TestRegion.create(on: app.db)
            _ = try await ReturnImporter(database: app.db, now: testNow, actor: .commandLine, auditName: "test").importFile(try fixture("two-organisations-2026.csv"), fileName: "two.csv")
            // when
            let page = try await TestBrowser(app).get(SitePath.system("S01", year: 2026).href).body.string
            let report = try await TestBrowser(app).get(SitePath.boardReport(.system("S01"), year: 2026).href).body.string
            let response = try await TestBrowser(app).get(SitePath.apiSystem("S01", year: 2026).href)
            let document = try #require(try JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [String: Any])
            let adjusted = try #require(((document["indicators"] as? [String: Any])?["2"] as? [String: Any])?["adjusted"] as? [String: Any])
            // then RL_MH = (100·300/700 + 60·100/300) ÷ (45·400/700 + 20·200/300) = 62.857 ÷ 39.048 = 66/41 = 1.61,
            // beside the pooled 1.64: they agree
            #expect(abs((adjusted["relative_likelihood"] as? Double ?? 0) - 66.0 / 41.0) < 1e-12)
            #expect(adjusted["organisations"] as? Int == 2)
            #expect(page.contains("Adjusted for organisation (Mantel–Haenszel)"))
            #expect(page.contains("1.61, 95% CI"))
            #expect(page.contains("The pooled figure (1.64) and the figure adjusted for organisation (1.61) agree"))
            #expect(report.contains("Adjusted for organisation (Mantel–Haenszel): 1.61, 95% CI"))
        }
    }

    @Test func theWDESPageAndDocumentShowTheCoverageToo() async throws {
        try await withParity { app in
            // given T01 returns metric 2 in full; T02 leaves non-disabled shortlisted blank
            try await TestRegion.create(on: app.db)
            let rows = """
            organisation,year,standard,indicator,measure,group,count
            T01,2026,WDES,2,shortlisted,disabled,60
            T01,2026,WDES,2,appointed,disabled,9
            T01,2026,WDES,2,shortlisted,non-disabled,400
            T01,2026,WDES,2,appointed,non-disabled,100
            T02,2026,WDES,2,appointed,disabled,4
            T02,2026,WDES,2,shortlisted,disabled,20
            T02,2026,WDES,2,appointed,non-disabled,60

            """
            _ = try await ReturnImporter(database: app.db, now: testNow, actor: .commandLine, auditName: "test").importFile(Array(rows.utf8), fileName: "wdes.csv")
            // when
            let html = try await TestBrowser(app).get("/systems/S01/wdes?year=2026").body.string
            let response = try await TestBrowser(app).get("/api/v1/systems/S01/wdes/2026")
            let document = try #require(try JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [String: Any])
            let two = try #require((document["metrics"] as? [String: Any])?["2"] as? [String: Any])
            // then
            let reason = "no shortlisted count for non-disabled applicants"
            #expect(html.contains("Pooled from 1 of 2 organisations; left out: Testshire Community NHS Trust — \(reason)."))
            #expect((two["organisations_left_out"] as? [[String: Any]])?.first?["reason"] as? String == reason)
            #expect(abs((two["relative_likelihood"] as? Double ?? 0) - (100.0 / 400.0) / (9.0 / 60.0)) < 1e-12)
        }
    }
}
