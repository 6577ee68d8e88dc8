import Foundation
import ParityCore
import Testing
import VaporTesting
@testable import ParityServer

/// T01 has returns for 2024 (the baseline) and 2026; T02 for 2026 only.
/// T01 2026: band 8a 15 BME of 60, band 8c 5 BME of 40, band 5 40 BME of 100 → 60 of 200 (30%).
/// T01 2024: band 8a 10 of 50 (20%), band 8c 2 of 20 (10%).
enum ModelEmployerFixture {
    static let csv = """
    organisation,year,standard,indicator,measure,group,count
    T01,2024,WRES,1,headcount:clinical:band-5,white,80
    T01,2024,WRES,1,headcount:clinical:band-5,bme,20
    T01,2024,WRES,1,headcount:non-clinical:band-8a,white,40
    T01,2024,WRES,1,headcount:non-clinical:band-8a,bme,10
    T01,2024,WRES,1,headcount:clinical:band-8c,white,18
    T01,2024,WRES,1,headcount:clinical:band-8c,bme,2
    T01,2026,WRES,1,headcount:clinical:band-5,white,55
    T01,2026,WRES,1,headcount:clinical:band-5,bme,40
    T01,2026,WRES,1,headcount:clinical:band-5,unknown,5
    T01,2026,WRES,1,headcount:non-clinical:band-8a,white,30
    T01,2026,WRES,1,headcount:clinical:band-8a,white,15
    T01,2026,WRES,1,headcount:non-clinical:band-8a,bme,15
    T01,2026,WRES,1,headcount:clinical:band-8c,white,35
    T01,2026,WRES,1,headcount:clinical:band-8c,bme,5
    T02,2026,WRES,1,headcount:clinical:band-5,white,50
    T02,2026,WRES,1,headcount:clinical:band-5,bme,10

    """

    static func load(_ app: Application) async throws {
        try await TestRegion.create(on: app.db)
        try await TestAccounts.create(in: app)
        _ = try await ReturnImporter(database: app.db, now: testNow, actor: .commandLine, auditName: "test")
            .importFile(Array(csv.utf8), fileName: "model-employer.csv")
    }
}

@Suite struct ModelEmployerRouteTests {
    private func json(_ browser: TestBrowser, _ path: String) async throws -> [String: Any] {
        let response = try await browser.get(path)
        #expect(response.status == .ok)
        return try #require(try JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [String: Any])
    }

    private func band(_ document: [String: Any], _ band: String) throws -> [String: Any] {
        let bands = try #require(document["bands"] as? [[String: Any]])
        return try #require(bands.first { $0["band"] as? String == band })
    }

    @Test func theOwningDataLeadSeesTheGapInPeople() async throws {
        try await withParity { app in
            // given
            try await ModelEmployerFixture.load(app)
            let browser = TestBrowser(app)
            try await browser.signIn(TestAccounts.dataLeadT01.0)
            // when
            let document = try await json(browser, SitePath.apiModelEmployer(.organisation("T01"), year: 2026).href)
            // then the path runs from 10% (2024) to 30% (2028): 20% in 2026, ceil(0.2 × 40) = 8, 8 − 5 = 3
            #expect(document["baseline_year"] as? Int == 2024)
            #expect(document["disclosure"] as? String == "unrestricted")
            let overall = try #require(document["overall"] as? [String: Any])
            #expect(overall["bme_percent"] as? Double == 30)
            let c = try band(document, "band-8c")
            #expect(abs((c["goal_percent"] as? Double ?? 0) - 20) < 1e-9)
            #expect(c["goal_headcount"] as? Int == 8)
            #expect(c["gap"] as? Int == 3)
            #expect(c["on_track"] as? Bool == false)
            #expect(c["sentence"] as? String == "3 more BME staff at band 8c this year to be on track: 5 of 40 against a goal of 8 (20.0%).")
            let path = try #require(c["path"] as? [[String: Any]])
            #expect(path.map { $0["year"] as? Int } == [2024, 2025, 2026, 2027, 2028])
            #expect(path.compactMap { $0["goal_percent"] as? Double }.map { ($0 * 1000).rounded() / 1000 } == [10, 15, 20, 25, 30])
            // band 8a: 20% → 30%, 25% in 2026, ceil(0.25 × 60) = 15, already 15
            let a = try band(document, "band-8a")
            #expect(a["bme_count"] as? Int == 15)
            #expect(a["headcount"] as? Int == 60)
            #expect(a["goal_headcount"] as? Int == 15)
            #expect(a["gap"] as? Int == 0)
            #expect(a["on_track"] as? Bool == true)
            // no staff at VSM: neither on nor off track
            #expect(try band(document, "vsm")["on_track"] is NSNull)
        }
    }

    @Test func outsideTheOrganisationAPathBuiltFromSmallCountsIsWithheld() async throws {
        try await withParity { app in
            // given T01's 8c baseline holds 2 BME staff
            try await ModelEmployerFixture.load(app)
            let browser = TestBrowser(app)
            try await browser.signIn(TestAccounts.dataLeadT02.0)
            // when
            let document = try await json(browser, SitePath.apiModelEmployer(.organisation("T01"), year: 2026).href)
            // then
            #expect(document["disclosure"] as? String == "public")
            let c = try band(document, "band-8c")
            #expect(c["bme_count"] as? Int == 5)
            #expect(c["bme_percent"] as? Double == 12.5)
            #expect(c["goal_percent"] is NSNull)
            #expect(c["gap"] is NSNull)
            #expect(c["on_track"] is NSNull)
            let path = try #require(c["path"] as? [[String: Any]])
            #expect(path[0]["bme_percent"] is NSNull)
            // band 8a is built from counts of 5 or more throughout, so it is published
            let a = try band(document, "band-8a")
            #expect(a["gap"] as? Int == 0)
            #expect(a["on_track"] as? Bool == true)
        }
    }

    @Test func theSystemPoolsItsOrganisationsAndAimsAtTheSystemShare() async throws {
        try await withParity { app in
            // given
            try await ModelEmployerFixture.load(app)
            let browser = TestBrowser(app)
            try await browser.signIn(TestAccounts.admin.0)
            // when
            let document = try await json(browser, SitePath.apiModelEmployer(.system("S01"), year: 2026).href)
            // then the system's 2026 workforce is 70 BME of 260; 8c path: 10% → 26.92%, 18.46% in 2026,
            // ceil(0.1846 × 40) = 8, gap 3
            let target = 70.0 / 260.0 * 100
            let overall = try #require(document["overall"] as? [String: Any])
            #expect(abs((overall["bme_percent"] as? Double ?? 0) - target) < 1e-9)
            let c = try band(document, "band-8c")
            #expect(abs((c["goal_percent"] as? Double ?? 0) - (10 + (target - 10) / 2)) < 1e-9)
            #expect(c["goal_headcount"] as? Int == 8)
            #expect(c["gap"] as? Int == 3)
            #expect(document["scope"] as? String == "system")
        }
    }

    @Test func thePageShowsTheGapSentenceAndTheTables() async throws {
        try await withParity { app in
            // given
            try await ModelEmployerFixture.load(app)
            let browser = TestBrowser(app)
            try await browser.signIn(TestAccounts.admin.0)
            // when
            let response = try await browser.get(SitePath.modelEmployer(.organisation("T01"), year: 2026).href)
            // then
            #expect(response.status == .ok)
            let html = response.body.string
            #expect(html.contains("3 more BME staff at band 8c this year to be on track"))
            #expect(html.contains("Off track"))
            #expect(html.contains("<caption"))
            #expect(html.contains("tabindex=\"0\""))
            #expect(!html.contains("style=\""))
            #expect(html.contains("<title id=\"chart-band-8c-title\">Band 8c: BME share against the Model Employer goal</title>"))
            #expect(html.contains("Goal from 10.0% in 2024 to 30.0% in 2028; actual 2024 10.0%, 2026 12.5%."))
        }
    }

    @Test func thePublicRegionPageWithholdsButAnswers() async throws {
        try await withParity { app in
            // given
            try await ModelEmployerFixture.load(app)
            // when
            let response = try await TestBrowser(app).get(SitePath.modelEmployer(.region).href)
            // then
            #expect(response.status == .ok)
            let html = response.body.string
            #expect(html.contains("Withheld"))
            #expect(!html.contains("3 more BME staff"))
        }
    }

    @Test func eachScopePageLinksToItsModelEmployerPage() async throws {
        try await withParity { app in
            // given
            try await ModelEmployerFixture.load(app)
            let browser = TestBrowser(app)
            // when / then
            for (page, target) in [
                (SitePath.region(year: 2026), SitePath.modelEmployer(.region, year: 2026)),
                (.system("S01", year: 2026), .modelEmployer(.system("S01"), year: 2026)),
                (.organisation("T01", year: 2026), .modelEmployer(.organisation("T01"), year: 2026)),
            ] {
                let html = try await browser.get(page.href).body.string
                #expect(html.contains("href=\"\(target.href)\""), "\(page.href)")
                #expect(try await browser.get(target.href).status == .ok)
            }
        }
    }

    @Test func unknownScopesAndYearsWithoutReturnsAreNotFound() async throws {
        try await withParity { app in
            // given
            try await ModelEmployerFixture.load(app)
            let browser = TestBrowser(app)
            // when / then
            #expect(try await browser.get(SitePath.modelEmployer(.system("S99")).href).status == .notFound)
            #expect(try await browser.get(SitePath.apiModelEmployer(.organisation("T02"), year: 2024).href).status == .notFound)
        }
    }
}
