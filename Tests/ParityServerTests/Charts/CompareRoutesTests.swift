import Foundation
import ParityCore
import Testing
import VaporTesting
@testable import ParityServer

@Suite struct CompareRoutesTests {
    private func withTwoOrganisations(_ body: (Application) async throws -> Void) async throws {
        try await withParity { app in
            try await TestRegion.create(on: app.db)
            try await TestAccounts.create(in: app)
            _ = try await ReturnImporter(database: app.db, now: testNow, actor: .commandLine, auditName: "test").importFile(try fixture("two-organisations-2026.csv"), fileName: "two.csv")
            try await body(app)
        }
    }

    @Test func showsTheChosenScopesSideBySideAtAShareableAddress() async throws {
        try await withTwoOrganisations { app in
            // when
            let response = try await TestBrowser(app).get("/compare?scope=T01&scope=S01&year=2026")
            // then
            #expect(response.status == .ok)
            let html = response.body.string
            #expect(html.contains("Testshire Hospitals NHS Trust and Testshire, side by side."))
            #expect(html.contains("href=\"/compare?scope=T01&amp;scope=S01&amp;year=2026\""))
            #expect(html.contains("id=\"compare-scorecard\""))
            for indicator in 1...9 { #expect(html.contains("id=\"compare-\(indicator)\""), "\(indicator)") }
            // the pooled system's indicator 2, (160/600) ÷ (65/400), beside T01's, saying what it pools
            #expect(html.contains("<th scope=\"row\">Testshire (S01) (pooled from 2 of 2 organisations)</th><td class=\"p-num\">1.64</td>"))
            #expect(html.contains("<th scope=\"row\">Testshire Hospitals NHS Trust (T01)</th><td class=\"p-num\">1.67</td>"))
            // both ticked in the form, which works without JavaScript
            #expect(html.contains("id=\"scope-T01\" name=\"scope\" type=\"checkbox\" value=\"T01\" checked"))
            #expect(html.contains("id=\"scope-S01\" name=\"scope\" type=\"checkbox\" value=\"S01\" checked"))
            #expect(html.contains("<form class=\"p-form p-compare-form\" method=\"get\" action=\"/compare\""))
        }
    }

    @Test func eachFigureFollowsItsReadersDisclosureRule() async throws {
        try await withTwoOrganisations { app in
            // given T02's band 8c BME count is 3
            let path = "/compare?scope=T02&scope=T01&year=2026"
            // when
            let publicHTML = try await TestBrowser(app).get(path).body.string
            let own = TestBrowser(app)
            try await own.signIn(TestAccounts.dataLeadT02.0)
            let ownHTML = try await own.get(path).body.string
            // then indicator 1's share of bands 8a–VSM is withheld in public only
            let row = "<th scope=\"row\">Testshire Community NHS Trust (T02)</th><td class=\"p-num\">14.0%</td><td class=\"p-num\">"
            #expect(publicHTML.contains(row + "*</td>"))
            #expect(ownHTML.contains(row + "13.0%</td>"))
        }
    }

    @Test func refusesMoreThanSix() async throws {
        try await withTwoOrganisations { app in
            let response = try await TestBrowser(app).get("/compare?" + ["T01", "T02", "S01", "A", "B", "C", "D"].map { "scope=\($0)" }.joined(separator: "&"))
            #expect(response.status == .badRequest)
            #expect(response.body.string.contains("Choose at most 6 organisations or systems to compare: you chose 7."))
            #expect(!response.body.string.contains("id=\"compare-scorecard\""))
        }
    }

    @Test func namesAnUnknownCode() async throws {
        try await withTwoOrganisations { app in
            let response = try await TestBrowser(app).get("/compare?scope=T01&scope=%3Cb%3EZZ9")
            #expect(response.status == .notFound)
            let html = response.body.string
            #expect(html.contains("No organisation or system has the code &lt;b&gt;ZZ9."))
            #expect(html.contains("<a href=\"#scope-choices\">"))
            #expect(html.contains("value=\"T01\" checked"))
        }
    }

    @Test func withNothingChosenShowsTheForm() async throws {
        try await withTwoOrganisations { app in
            let response = try await TestBrowser(app).get(SitePath.compare(codes: []).href)
            #expect(response.status == .ok)
            #expect(response.body.string.contains("Pick up to 6 organisations or systems"))
            #expect(response.body.string.contains("<details class=\"p-details\" open>"))
        }
    }
}
