import Fluent
import Foundation
import ParityCore
import Testing
import VaporTesting
@testable import ParityServer

@Suite struct GovernanceTests {
    /// S01's People Board with 12 members: 3 BME (one of them "Alex Unique", also Disabled).
    private func board(in app: Application) async throws -> BodyRow {
        let body = BodyRow()
        (body.kind, body.level, body.scopeCode, body.name, body.purpose, body.meetingCadence) = ("people-board", "system", "S01", "Testshire People Board", "", "Monthly")
        (body.status, body.statusSince, body.isBMEFirstNetwork, body.version) = ("established", testNow.addingTimeInterval(-86400 * 400), false, 1)
        try await body.create(on: app.db)
        for index in 0..<12 {
            let member = BodyMemberRow()
            member.$body.id = body.id!
            member.name = index == 0 ? "Alex Unique" : "Member \(index)"
            (member.role, member.isVoting, member.isExecutive) = (index == 1 ? "chair" : "member", true, false)
            (member.start, member.end) = (testNow.addingTimeInterval(-86400 * 300), nil)
            member.ethnicity = index < 3 ? "bme" : (index == 11 ? "prefer-not-to-say" : "white")
            member.disability = index == 0 ? "disabled" : "non-disabled"
            member.consentRecordedAt = member.start
            try await member.create(on: app.db)
        }
        return body
    }

    @Test func noPageOrAPIEverShowsAMembersOwnEthnicityOrDisability() async throws {
        try await withParity { app in
            // given
            try await TestRegion.create(on: app.db)
            try await TestAccounts.create(in: app)
            let body = try await board(in: app)
            let admin = TestBrowser(app)
            try await admin.signIn(TestAccounts.admin.0)
            for browser in [admin, TestBrowser(app)] {
                // when
                let page = try await browser.get(SitePath.body(body.id!).href).body.string
                let api = try await browser.get(SitePath.apiBody(body.id!).href)
                // then the member's row holds name, role, seat and date only
                let row = try #require(page.firstMatch(of: /<th scope="row">Alex Unique<\/th>(.*?)<\/tr>/)?.1)
                for word in ["BME", "White", "Disabled", "bme", "white", "disabled", "declared"] { #expect(!row.contains(word), "\(word)") }
                let document = try #require(try JSONSerialization.jsonObject(with: Data(buffer: api.body)) as? [String: Any])
                let members = try #require(document["members"] as? [[String: Any]])
                #expect(members.count == 12)
                #expect(members.allSatisfy { !$0.keys.contains("ethnicity") && !$0.keys.contains("disability") })
            }
        }
    }

    @Test func insideTheSystemTheCompositionIsShownAndOutsideSmallCountsAreHidden() async throws {
        try await withParity { app in
            try await TestRegion.create(on: app.db)
            try await TestAccounts.create(in: app)
            let body = try await board(in: app)
            let lead = TestBrowser(app)
            try await lead.signIn(TestAccounts.systemLead.0)
            let inside = try await lead.get(SitePath.apiBody(body.id!).href)
            let outside = try await TestBrowser(app).get(SitePath.apiBody(body.id!).href)
            func composition(_ response: TestingHTTPResponse) throws -> [String: Any] {
                let document = try #require(try JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [String: Any])
                return try #require(document["composition"] as? [String: Any])
            }
            #expect(try composition(inside)["bme"] as? Int == 3)
            #expect(try composition(inside)["unknown"] as? Int == 1)
            #expect(abs((try composition(inside)["bme_percent"] as? Double ?? 0) - 25) < 1e-9)
            #expect(try composition(outside)["bme"] is NSNull)
            #expect(try composition(outside)["bme_percent"] is NSNull)
            #expect(try composition(outside)["members_in_post"] as? Int == 12)
        }
    }

    @Test func theBodyIsComparedWithThePopulationItServesWithItsSource() async throws {
        try await withParity { app in
            // given 28% BME in the linked area, 3 of 12 (25%) on the board
            try await TestRegion.create(on: app.db)
            try await TestAccounts.create(in: app)
            let body = try await board(in: app)
            let importer = PopulationImporter(database: app.db, now: testNow, auditName: "test")
            #expect(try await importer.importPopulation(try fixture("population.csv"), fileName: "population.csv") == 1)
            #expect(try await importer.importAreaLinks(try fixture("area-links.csv"), fileName: "area-links.csv") == 1)
            let lead = TestBrowser(app)
            try await lead.signIn(TestAccounts.systemLead.0)
            // when
            let page = try await lead.get(SitePath.body(body.id!).href).body.string
            // then 28% of 12 = 3.36, so one more BME member closes the gap
            #expect(page.contains("25.0%"))
            #expect(page.contains("28.0%"))
            #expect(page.contains("Census 2021 (test)"))
            #expect(page.contains("1 more BME member"))
        }
    }

    @Test func badAreaLinksAreAllReportedAndNothingIsWritten() async throws {
        try await withParity { app in
            try await TestRegion.create(on: app.db)
            let importer = PopulationImporter(database: app.db, now: testNow, auditName: "test")
            _ = try await importer.importPopulation(try fixture("population.csv"), fileName: "population.csv")
            let problems = await #expect(throws: PopulationFileProblems.self) {
                try await importer.importAreaLinks(try fixture("area-links-bad.csv"), fileName: "links.csv")
            }
            #expect(problems?.messages == [
                "links.csv:2:scope_code: S99 is not a known system or organisation code, nor \"region\"",
                "links.csv:3:area_code: NOPE has no population figures; import them first",
            ])
            #expect(try await AreaLinkRow.query(on: app.db).count() == 0)
        }
    }

    @Test func aSystemLeadAddsAMemberWithConsentAndTheAuditKeepsNoDeclaration() async throws {
        try await withParity { app in
            try await TestRegion.create(on: app.db)
            try await TestAccounts.create(in: app)
            let body = try await board(in: app)
            let lead = TestBrowser(app)
            try await lead.signIn(TestAccounts.systemLead.0)
            let form = ["version": "1", "name": "Sam New", "role": "member", "start": "2026-11-01", "ethnicity": "bme", "disability": "not-declared", "voting": "yes"]
            // without consent
            let refused = try await lead.post(SitePath.bodyMembers(body.id!).href, form: form)
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.body.string.contains("consent"))
            // with consent
            var consented = form
            consented["consent"] = "yes"
            #expect(try await lead.post(SitePath.bodyMembers(body.id!).href, form: consented).status == .seeOther)
            #expect(try await BodyMemberRow.query(on: app.db).filter(\.$name == "Sam New").first()?.consentRecordedAt != nil)
            let audit = try #require(try await AuditEventRow.query(on: app.db).filter(\.$action == "body.member-added").first())
            #expect(!(audit.after ?? "").contains("bme"))
            #expect((audit.after ?? "").contains("consent"))
        }
    }

    @Test func onlyTheSystemsOwnLeadsManageItsBodies() async throws {
        try await withParity { app in
            try await TestRegion.create(on: app.db)
            try await TestAccounts.create(in: app)
            let body = try await board(in: app)
            let form = ["version": "1", "status": "stood-down", "since": "2026-11-01"]
            for (email, expected) in [(TestAccounts.dataLeadT01.0, HTTPStatus.forbidden), (TestAccounts.panel.0, .forbidden), (TestAccounts.systemLead.0, .seeOther)] {
                let browser = TestBrowser(app)
                try await browser.signIn(email)
                let current = try await BodyRow.find(body.id, on: app.db)!.version
                var versioned = form
                versioned["version"] = String(current)
                #expect(try await browser.post(SitePath.bodyStatus(body.id!).href, form: versioned).status == expected, "\(email)")
            }
            #expect(try await BodyRow.find(body.id, on: app.db)?.status == "stood-down")
            #expect(try await TestBrowser(app).post(SitePath.bodyStatus(body.id!).href, form: form).status == .forbidden)
        }
    }

    @Test func aSaveBasedOnAStaleVersionIsRefusedAndNothingIsOverwritten() async throws {
        try await withParity { app in
            try await TestRegion.create(on: app.db)
            try await TestAccounts.create(in: app)
            let body = try await board(in: app)
            let first = TestBrowser(app)
            try await first.signIn(TestAccounts.systemLead.0)
            let second = TestBrowser(app)
            try await second.signIn(TestAccounts.admin.0)
            // both opened the page at version 1
            #expect(try await first.post(SitePath.bodyStatus(body.id!).href, form: ["version": "1", "status": "stood-down", "since": "2026-11-01"]).status == .seeOther)
            let stale = try await second.post(SitePath.bodyStatus(body.id!).href, form: ["version": "1", "status": "proposed", "since": "2026-11-02"])
            #expect(stale.status == .conflict)
            #expect(stale.body.string.contains("Someone else changed"))
            #expect(try await BodyRow.find(body.id, on: app.db)?.status == "stood-down")
        }
    }

    @Test func theDemoMaturityMatrixIsDerivedForEverySystemAndVaries() async throws {
        try await withParity(demo: true) { app in
            let response = try await TestBrowser(app).get(SitePath.apiMaturity.href)
            let document = try #require(try JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [String: Any])
            let systems = try #require(document["systems"] as? [[String: Any]])
            #expect(systems.count == 11)
            let states = systems.flatMap { ($0["cells"] as? [[String: Any]] ?? []).compactMap { $0["state"] as? String } }
            #expect(states.count == 11 * MaturityCriterion.systemCriteria.count)
            #expect(Set(states).isSuperset(of: ["met", "not-met", "partial", "no-evidence"]))
            let region = try #require(document["region"] as? [[String: Any]])
            #expect(region.count == MaturityCriterion.regionCriteria.count)
        }
    }

    @Test func thePublicMatrixSaysWhetherABoardIsRepresentativeWithoutQuotingItsComposition() async throws {
        try await withParity(demo: true) { app in
            let public_ = try await TestBrowser(app).get("/governance").body.string
            let admin = TestBrowser(app)
            try await admin.signIn(DemoAccounts.all[0].email, password: DemoAccounts.password)
            let inside = try await admin.get("/governance").body.string
            #expect(!public_.contains("BME against"))
            #expect(inside.contains("BME against"))
        }
    }

    @Test func setupMidlandsRegistersTheStrategysBodiesWithNoMembers() async throws {
        try await withParity { app in
            let added = try await MidlandsSetup(database: app.db, now: testNow).run()
            #expect(added.bodies == 3 + 11 * 3)
            #expect(try await BodyMemberRow.query(on: app.db).count() == 0)
            #expect(try await BodyRow.query(on: app.db).filter(\.$kind == "staff-network").filter(\.$isBMEFirstNetwork == true).count() == 11)
            #expect(try await MidlandsSetup(database: app.db, now: testNow).run().bodies == 0)
        }
    }

    @Test func aSystemLeadRegistersAnOrganisationsBoardAndOthersCannot() async throws {
        try await withParity { app in
            try await TestRegion.create(on: app.db)
            try await TestAccounts.create(in: app)
            let form = ["scope": "T01", "kind": "organisation-board", "name": "Testshire Hospitals Board", "purpose": "Trust board", "cadence": "Monthly"]
            let dataLead = TestBrowser(app)
            try await dataLead.signIn(TestAccounts.dataLeadT02.0)
            #expect(try await dataLead.post(SitePath.newBody("S01").href, form: form).status == .forbidden)
            let lead = TestBrowser(app)
            try await lead.signIn(TestAccounts.systemLead.0)
            #expect(try await lead.post(SitePath.newBody("S01").href, form: form).status == .seeOther)
            let body = try #require(try await BodyRow.query(on: app.db).filter(\.$name == "Testshire Hospitals Board").first())
            #expect(body.level == "organisation" && body.scopeCode == "T01")
            #expect(try await TestBrowser(app).get(SitePath.systemGovernance("S01").href).body.string.contains("Testshire Hospitals Board"))
        }
    }

    @Test func planProgressIsWorkedOutFromTheMembershipHistory() async throws {
        try await withParity { app in
            // given a plan that started 9 months ago aiming at 40% in 12 months
            try await TestRegion.create(on: app.db)
            try await TestAccounts.create(in: app)
            let body = try await board(in: app)
            let plan = RepresentationPlanRow()
            plan.$body.id = body.id!
            (plan.start, plan.targetDate) = (Calendar.utc.date(byAdding: .month, value: -9, to: testNow)!, Calendar.utc.date(byAdding: .month, value: 3, to: testNow)!)
            (plan.startPercent, plan.targetPercent) = (25, 40)
            try await plan.create(on: app.db)
            let lead = TestBrowser(app)
            try await lead.signIn(TestAccounts.systemLead.0)
            // when
            let page = try await lead.get(SitePath.body(body.id!).href).body.string
            // then 25% now against 36.25% expected (25 + 15 × 9/12): behind
            #expect(page.contains("Behind"))
            #expect(page.contains("36.3%"))
            #expect(page.matches(of: /<tr><td>\d+ [A-Z][a-z]+ \d{4}<\/td><td class="p-num">25.0%<\/td>/).count == 4)
            #expect(!(try await TestBrowser(app).get(SitePath.body(body.id!).href).body.string.contains("36.3%")))
        }
    }
}
