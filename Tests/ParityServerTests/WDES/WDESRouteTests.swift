import Fluent
import Foundation
import ParityCore
import Testing
import VaporTesting
@testable import ParityServer

@Suite struct WDESRouteTests {
    private func setUp(_ app: Application) async throws -> TestBrowser {
        try await TestRegion.create(on: app.db)
        try await TestAccounts.create(in: app)
        let browser = TestBrowser(app)
        try await browser.signIn(TestAccounts.dataLeadT01.0)
        return browser
    }

    private func document(_ browser: TestBrowser, _ path: String) async throws -> [String: Any] {
        let response = try await browser.get(path)
        #expect(response.status == .ok, "\(path)")
        return try #require(try JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [String: Any])
    }

    @Test func aWDESReturnIsImportedAndReadByHandCheckedFigures() async throws {
        try await withParity { app in
            // given
            let lead = try await setUp(app)
            // when the data lead uploads T01's WDES return with its 9b narrative
            let upload = try await lead.upload(try fixture("t01-wdes-2026.csv"), fileName: "t01-wdes-2026.csv",
                                               extraFields: ["narrative": "We set up a Disabled staff network with a board sponsor."])
            // then
            #expect(upload.status == .ok)
            let version = try #require(try await ReturnVersionRow.query(on: app.db).filter(\.$standard == "WDES").first())
            #expect(version.rowCount == 16)
            // DOMAIN.md worked check: non-disabled 21.8% vs Disabled 20.9% appointed → RL 1.04
            let json = try await document(TestBrowser(app), "/api/v1/organisations/T01/wdes/2026")
            let metrics = try #require(json["metrics"] as? [String: [String: Any]])
            let ratio = try #require(metrics["2"]?["relative_likelihood"] as? Double)
            #expect(abs(ratio - (109.0 / 500.0) / (23.0 / 110.0)) < 1e-9)
            #expect(metrics["2"]?["headline"] as? String == "1.04")
            #expect(metrics["4a-i"]?["gap_points"] as? Double == 6.0)
            // 30% of Disabled ÷ 24% of non-disabled staff = 1.25, the band's edge; log-method
            // interval 0.978–1.597 (python3): non-adverse and not significant
            #expect(metrics["4a-i"]?["relative_likelihood"] as? Double == 1.25)
            #expect(abs((metrics["4a-i"]?["ci_low"] as? Double ?? 0) - 0.9783806728023352) < 1e-9)
            #expect(abs((metrics["4a-i"]?["ci_high"] as? Double ?? 0) - 1.5970266415061083) < 1e-9)
            #expect(metrics["4a-i"]?["significant"] as? Bool == false)
            #expect(metrics["4a-i"]?["flag"] as? String == "non-adverse")
            #expect(metrics["2"]?["significant"] is Bool)
            #expect(metrics["9a"]?["disabled_mean"] as? Double == 6.5)
            #expect(metrics["9a"]?["non_disabled_mean"] as? Double == 7.0)
            #expect(metrics["9b"]?["narrative"] as? String == "We set up a Disabled staff network with a board sponsor.")
            let page = try await TestBrowser(app).get("/organisations/T01/wdes?year=2026").body.string
            #expect(page.contains("1.04"))
            #expect(page.contains("We set up a Disabled staff network with a board sponsor."))
            #expect(page.contains("aria-current=\"page\">Disability (WDES)"))
        }
    }

    @Test func raceAndDisabilityRowsTravelWithTheWRESReturnAndAreSuppressedInPublic() async throws {
        try await withParity { app in
            // given
            let lead = try await setUp(app)
            // when
            let upload = try await lead.upload(try fixture("t01-race-and-disability-2026.csv"), fileName: "t01-race-and-disability-2026.csv")
            // then the WRES version carries the intersection counts
            #expect(upload.status == .ok)
            let version = try #require(try await ReturnVersionRow.query(on: app.db).filter(\.$standard == "WRES").first())
            #expect(version.intersectionCounts != nil)
            // the owning organisation sees BME Disabled applicants' RL: (2/20) ÷ (84/270) = 0.32
            let own = try await document(lead, "/api/v1/organisations/T01/wdes/2026")
            let groups = try #require(((own["race_by_disability"] as? [String: Any])?["indicators"] as? [String: Any])?["2"] as? [String: Any])
            let bmeDisabled = try #require((groups["groups"] as? [[String: Any]])?.first { $0["group"] as? String == "bme+disabled" })
            let ratio = try #require(bmeDisabled["relative_likelihood"] as? Double)
            #expect(abs(ratio - (2.0 / 20.0) / (84.0 / 270.0)) < 1e-9)
            // the public does not: 2 appointments is under 5
            let published = try await document(TestBrowser(app), "/api/v1/organisations/T01/wdes/2026")
            let publicGroups = try #require(((published["race_by_disability"] as? [String: Any])?["indicators"] as? [String: Any])?["2"] as? [String: Any])
            let publicBMEDisabled = try #require((publicGroups["groups"] as? [[String: Any]])?.first { $0["group"] as? String == "bme+disabled" })
            #expect(publicBMEDisabled["events"] is NSNull)
            #expect(publicBMEDisabled["relative_likelihood"] is NSNull)
            let page = try await TestBrowser(app).get("/organisations/T01/wdes?year=2026").body.string
            #expect(page.contains("Race and disability together"))
        }
    }

    @Test func raceAndDisabilityRowsWithoutTheirWRESRowsAreRefused() async throws {
        try await withParity { app in
            let lead = try await setUp(app)
            let text = "organisation,year,standard,indicator,measure,group,count\nT01,2026,WRES,2,shortlisted,bme+disabled,20\n"
            let response = try await lead.upload(Array(text.utf8), fileName: "only-intersection.csv")
            #expect(response.status == .unprocessableEntity || response.status == .badRequest)
            #expect(response.body.string.contains("none of its WRES rows"))
            #expect(try await ReturnVersionRow.query(on: app.db).count() == 0)
        }
    }

    @Test func theWDESTemplateListsEveryMetric() async throws {
        try await withParity { app in
            let response = try await TestBrowser(app).get("/returns/template.csv?standard=WDES")
            #expect(response.status == .ok)
            let text = response.body.string
            for metric in WDESMetric.allCases { #expect(text.contains(",WDES,\(metric.rawValue),"), "metric \(metric.rawValue)") }
            #expect(try await TestBrowser(app).get("/returns/template.csv?standard=XYZ").status == .unprocessableEntity)
        }
    }

    @Test func theDemoRegionHasWDESPagesAtEveryScope() async throws {
        try await withParity(demo: true) { app in
            let browser = TestBrowser(app)
            let system = try #require(try await SystemRow.query(on: app.db).sort(\.$code).first()).code
            let organisation = try #require(try await OrganisationRow.query(on: app.db).sort(\.$code).first()).code
            for path in ["/wdes", "/systems/\(system)/wdes", "/organisations/\(organisation)/wdes"] {
                let page = try await browser.get(path)
                #expect(page.status == .ok, "\(path)")
                #expect(page.body.string.contains("Appointment from shortlisting") || page.body.string.contains("shortlisting"), "\(path)")
            }
            let region = try await document(browser, "/api/v1/region/wdes/\(DemoSeeder(database: app.db, now: testNow).latestYear)")
            #expect(region["has_data"] as? Bool == true)
            #expect(region["race_by_disability"] is [String: Any])
        }
    }
}
