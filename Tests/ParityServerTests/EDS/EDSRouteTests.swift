import Fluent
import Foundation
import ParityCore
import Testing
import VaporTesting
@testable import ParityServer

@Suite struct EDSRouteTests {
    /// A form whose 11 ratings add up to `total` (3s first, then the remainder, then 0s).
    static func form(total: Int, year: Int = 2026, network: Bool = true) -> [String: String] {
        var remaining = total
        var fields = ["year": "\(year)", "ratedBy": "EDI lead and the race equality network"]
        for outcome in EDSOutcome.allCases {
            let rating = min(3, remaining)
            remaining -= rating
            fields["rating_\(outcome.rawValue)"] = "\(rating)"
        }
        fields["evidence_1A"] = "Access audit by ethnicity, 2025"
        if network { fields["network"] = "yes" }
        return fields
    }

    private func setUp(_ app: Application) async throws {
        try await TestRegion.create(on: app.db)
        try await TestAccounts.create(in: app)
    }

    private func document(_ browser: TestBrowser, _ path: String) async throws -> [String: Any] {
        let response = try await browser.get(path)
        #expect(response.status == .ok, "\(path)")
        return try #require(try JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [String: Any])
    }

    @Test(arguments: [(0, "Undeveloped"), (7, "Undeveloped"), (8, "Developing"), (21, "Developing"),
                      (22, "Achieving"), (32, "Achieving"), (33, "Excelling")])
    func theBandIsComputedAtEveryBoundary(total: Int, band: String) async throws {
        try await withParity { app in
            // given
            try await setUp(app)
            let browser = TestBrowser(app)
            try await browser.signIn(TestAccounts.dataLeadT01.0)
            // when
            let response = try await browser.post("/organisations/T01/eds", form: Self.form(total: total))
            // then
            #expect(response.status == .seeOther)
            let json = try await document(browser, "/api/v1/organisations/T01/eds/2026")
            #expect(json["total"] as? Int == total)
            #expect(json["band"] as? String == band)
            let page = try await browser.get("/organisations/T01/eds?year=2026").body.string
            #expect(page.contains("Total \(total) of 33: <strong>\(band)</strong>"))
        }
    }

    @Test func domainScoresAddTheirOutcomes() async throws {
        try await withParity { app in
            // given 3s for 1A–1D and 2A–2C, 2 for 2D, then 0s: services 12, workforce 11, leadership 0
            try await setUp(app)
            let browser = TestBrowser(app)
            try await browser.signIn(TestAccounts.admin.0)
            // when
            try await browser.post("/organisations/T01/eds", form: Self.form(total: 23, network: false))
            // then
            let json = try await document(browser, "/api/v1/organisations/T01/eds/2026")
            #expect(json["domain_scores"] as? [String: Int] == ["1": 12, "2": 11, "3": 0])
            #expect(json["staff_network_took_part"] as? Bool == false)
            #expect((json["evidence"] as? [String: String])?["1A"] == "Access audit by ethnicity, 2025")
        }
    }

    @Test func everySaveIsAuditedWithWhatItReplaced() async throws {
        try await withParity { app in
            // given
            try await setUp(app)
            let browser = TestBrowser(app)
            try await browser.signIn(TestAccounts.dataLeadT01.0)
            // when
            try await browser.post("/organisations/T01/eds", form: Self.form(total: 10))
            try await browser.post("/organisations/T01/eds", form: Self.form(total: 12))
            // then
            let events = try await AuditEventRow.query(on: app.db).filter(\.$subject == "eds:organisation:T01:2026").sort(\.$action, .descending).all()
            #expect(events.map(\.action) == ["eds.recorded", "eds.changed"])
            let changed = try #require(events.first { $0.action == "eds.changed" })
            #expect(changed.actor == TestAccounts.dataLeadT01.0)
            #expect(changed.before?.contains("\"1D\":1") == true)
            #expect(changed.after?.contains("\"1D\":3") == true)
            #expect(try await EDSAssessmentRow.query(on: app.db).count() == 1)
        }
    }

    @Test func onlyTheOrganisationsDataLeadAndAdminsMayRecordIt() async throws {
        try await withParity { app in
            // given
            try await setUp(app)
            // when / then
            for (email, expected) in [(TestAccounts.dataLeadT02.0, HTTPStatus.forbidden), (TestAccounts.systemLead.0, .forbidden),
                                      (TestAccounts.panel.0, .forbidden), (TestAccounts.dataLeadT01.0, .seeOther)] {
                let browser = TestBrowser(app)
                try await browser.signIn(email)
                #expect(try await browser.post("/organisations/T01/eds", form: Self.form(total: 9)).status == expected, "\(email)")
            }
            let anonymous = TestBrowser(app)
            #expect(try await anonymous.post("/organisations/T01/eds", form: Self.form(total: 9)).status == .forbidden)
            #expect(!(try await anonymous.get("/organisations/T01/eds").body.string.contains("Save the assessment")))
            #expect(try await EDSAssessmentRow.query(on: app.db).count() == 1)
        }
    }

    @Test func aSystemsAssessmentIsForItsLeadAndAdmins() async throws {
        try await withParity { app in
            // given
            try await setUp(app)
            let lead = TestBrowser(app)
            try await lead.signIn(TestAccounts.systemLead.0)
            let dataLead = TestBrowser(app)
            try await dataLead.signIn(TestAccounts.dataLeadT01.0)
            // when / then
            #expect(try await dataLead.post("/systems/S01/eds", form: Self.form(total: 20)).status == .forbidden)
            #expect(try await lead.post("/systems/S01/eds", form: Self.form(total: 20)).status == .seeOther)
            let json = try await document(lead, "/api/v1/systems/S01/eds/2026")
            #expect(json["scope"] as? String == "system")
            #expect(json["band"] as? String == "Developing")
        }
    }

    @Test func aFormWithProblemsIsShownAgainAndNothingIsSaved() async throws {
        try await withParity { app in
            // given
            try await setUp(app)
            let browser = TestBrowser(app)
            try await browser.signIn(TestAccounts.admin.0)
            var form = Self.form(total: 10)
            form["rating_2B"] = "4"
            form["rating_3C"] = nil
            form["ratedBy"] = " "
            // when
            let response = try await browser.post("/organisations/T01/eds", form: form)
            // then
            #expect(response.status == .unprocessableEntity)
            let html = response.body.string
            #expect(html.contains("Choose a rating from 0 to 3 for outcome 2B."))
            #expect(html.contains("Choose a rating from 0 to 3 for outcome 3C."))
            #expect(html.contains("Enter who rated the outcomes."))
            #expect(html.contains("Access audit by ethnicity, 2025"))
            #expect(try await EDSAssessmentRow.query(on: app.db).count() == 0)
        }
    }

    @Test func theRegionTableAndTheTrendShowEveryYear() async throws {
        try await withParity { app in
            // given
            try await setUp(app)
            let browser = TestBrowser(app)
            try await browser.signIn(TestAccounts.admin.0)
            try await browser.post("/organisations/T01/eds", form: Self.form(total: 15, year: 2025))
            try await browser.post("/organisations/T01/eds", form: Self.form(total: 24, year: 2026))
            // when
            let region = try await TestBrowser(app).get("/eds?year=2026").body.string
            let trend = try await TestBrowser(app).get("/organisations/T01/eds?year=2026").body.string
            let json = try await document(TestBrowser(app), "/api/v1/region/eds/2025")
            // then
            #expect(region.contains("Testshire Hospitals NHS Trust"))
            #expect(region.contains("Not recorded"))
            #expect(region.contains(">24<"))
            #expect(trend.contains("15 of 33"))
            #expect(trend.contains("24 of 33"))
            #expect((json["assessments"] as? [[String: Any]])?.map { $0["total"] as? Int } == [15])
        }
    }

    @Test func theDemoRegionCarriesAssessments() async throws {
        try await withParity(demo: true) { app in
            // when
            let html = try await TestBrowser(app).get("/eds").body.string
            // then every demo organisation has one for the latest year
            let organisations = try await OrganisationRow.query(on: app.db).count()
            let latest = try await EDSAssessmentRow.query(on: app.db).filter(\.$year == 2026).filter(\.$scopeKind == "organisation").count()
            #expect(latest == organisations)
            #expect(html.contains("EDS 2022 ratings in 2026"))
            #expect(!html.contains("Not recorded"))
        }
    }
}
