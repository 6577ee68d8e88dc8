import Fluent
import Foundation
import ParityCore
import Testing
import VaporTesting
@testable import ParityServer

@Suite struct RouteAccessTests {
    enum Who: String, CaseIterable, Sendable {
        case anonymous, admin, panel, systemLead, dataLeadT01, dataLeadT02, networkLead

        var email: String? {
            switch self {
            case .anonymous: nil
            case .admin: TestAccounts.admin.0
            case .panel: TestAccounts.panel.0
            case .systemLead: TestAccounts.systemLead.0
            case .dataLeadT01: TestAccounts.dataLeadT01.0
            case .dataLeadT02: TestAccounts.dataLeadT02.0
            case .networkLead: TestAccounts.networkLead.0
            }
        }
    }

    /// Every protected page and the status each role gets: 200 allowed, 403 refused with a
    /// reason, 303 sent to sign in.
    static let expectations: [(path: String, statuses: [Who: UInt])] = [
        ("/account", [.anonymous: 303, .admin: 200, .panel: 200, .systemLead: 200, .dataLeadT01: 200, .dataLeadT02: 200, .networkLead: 200]),
        ("/returns/upload", [.anonymous: 303, .admin: 200, .panel: 200, .systemLead: 200, .dataLeadT01: 200, .dataLeadT02: 200, .networkLead: 200]),
        ("/organisations/T01/history", [.anonymous: 403, .admin: 200, .panel: 200, .systemLead: 200, .dataLeadT01: 200, .dataLeadT02: 403, .networkLead: 403]),
        ("/admin/users", [.anonymous: 403, .admin: 200, .panel: 403, .systemLead: 403, .dataLeadT01: 403, .dataLeadT02: 403, .networkLead: 403]),
        ("/admin/mail", [.anonymous: 403, .admin: 200, .panel: 403, .systemLead: 403, .dataLeadT01: 403, .dataLeadT02: 403, .networkLead: 403]),
        ("/admin/invitations/new", [.anonymous: 403, .admin: 200, .panel: 403, .systemLead: 200, .dataLeadT01: 403, .dataLeadT02: 403, .networkLead: 403]),
        ("/audit", [.anonymous: 403, .admin: 200, .panel: 200, .systemLead: 403, .dataLeadT01: 403, .dataLeadT02: 403, .networkLead: 403]),
        ("/", [.anonymous: 200, .admin: 200, .panel: 200, .systemLead: 200, .dataLeadT01: 200, .dataLeadT02: 200, .networkLead: 200]),
    ]

    @Test(arguments: Who.allCases)
    func eachRoleReachesExactlyTheRoutesItMay(who: Who) async throws {
        try await withParity { app in
            // given
            try await TestRegion.create(on: app.db)
            try await TestAccounts.create(in: app)
            _ = try await ReturnImporter(database: app.db, now: testNow, actor: .commandLine, auditName: "test").importFile(try fixture("two-organisations-2026.csv"), fileName: "two.csv")
            let browser = TestBrowser(app)
            if let email = who.email { try await browser.signIn(email) }
            for (path, statuses) in Self.expectations {
                // when
                let response = try await browser.get(path)
                // then
                #expect(response.status.code == statuses[who], "\(who) \(path)")
                if response.status == .forbidden { #expect(!response.body.string.contains("two.csv"), "\(who) \(path)") }
            }
        }
    }

    private func bme8c(_ response: TestingHTTPResponse) throws -> Any? {
        let document = try #require(try JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [String: Any])
        let indicators = try #require(document["indicators"] as? [String: Any])
        let cells = try #require((indicators["1"] as? [String: Any])?["cells"] as? [[String: Any]])
        return cells.first { $0["grade"] as? String == "band-8c" }?["bme_count"]
    }

    @Test func anAPITokenSeesItsOwnOrganisationUnsuppressedAndOthersAsPublished() async throws {
        try await withParity { app in
            // given T02 has 3 BME staff at band 8c
            try await TestRegion.create(on: app.db)
            try await TestAccounts.create(in: app)
            _ = try await ReturnImporter(database: app.db, now: testNow, actor: .commandLine, auditName: "test").importFile(try fixture("two-organisations-2026.csv"), fileName: "two.csv")
            let owner = TestBrowser(app)
            try await owner.signIn(TestAccounts.dataLeadT02.0)
            let created = try await owner.post("/account/tokens", form: ["name": "dashboard"]).body.string
            let token = try #require(created.firstMatch(of: /<code>([A-Za-z0-9_-]{43})<\/code>/)?.1).description
            let other = TestBrowser(app)
            try await other.signIn(TestAccounts.dataLeadT01.0)
            let otherToken = try #require(try await other.post("/account/tokens", form: ["name": "x"]).body.string.firstMatch(of: /<code>([A-Za-z0-9_-]{43})<\/code>/)?.1).description
            let path = "/api/v1/organisations/T02/wres/2026"
            // when
            let withOwnToken = try await TestBrowser(app).get(path, headers: ["Authorization": "Bearer \(token)"])
            let withOtherToken = try await TestBrowser(app).get(path, headers: ["Authorization": "Bearer \(otherToken)"])
            let anonymous = try await TestBrowser(app).get(path)
            // then
            #expect(try bme8c(withOwnToken) as? Int == 3)
            #expect(try bme8c(withOtherToken) is NSNull)
            #expect(try bme8c(anonymous) is NSNull)
            #expect(try await TestBrowser(app).get(path, headers: ["Authorization": "Bearer not-a-token"]).status == .forbidden)
            // when the owner revokes it
            let tokenID = try #require(try await APITokenRow.query(on: app.db).filter(\.$name == "dashboard").first()?.id)
            try await owner.post(SitePath.revokeToken(tokenID).href, form: [:])
            // then
            #expect(try await TestBrowser(app).get(path, headers: ["Authorization": "Bearer \(token)"]).status == .forbidden)
            let actions = try await AuditEventRow.query(on: app.db).all(\.$action)
            #expect(actions.contains("token.created") && actions.contains("token.revoked"))
            #expect(try await APITokenRow.query(on: app.db).all().allSatisfy { $0.tokenSHA256 != token })
        }
    }

    @Test func theOwnerSeesTheirPageUnsuppressedAndThePublicSeesStars() async throws {
        try await withParity { app in
            // given T02: White 20, BME 3 at band 8c; BME 20 of 100 shortlisted
            try await TestRegion.create(on: app.db)
            try await TestAccounts.create(in: app)
            _ = try await ReturnImporter(database: app.db, now: testNow, actor: .commandLine, auditName: "test").importFile(try fixture("two-organisations-2026.csv"), fileName: "two.csv")
            let owner = TestBrowser(app)
            try await owner.signIn(TestAccounts.dataLeadT02.0)
            // when
            let own = try await owner.get("/organisations/T02?year=2026").body.string
            let published = try await TestBrowser(app).get("/organisations/T02?year=2026").body.string
            // then
            #expect(own.contains("<td class=\"p-num\">3</td>"))
            #expect(!published.contains("<td class=\"p-num\">3</td>"))
            #expect(published.contains("<td class=\"p-num\">*</td>"))
        }
    }

    @Test func thePublicSeesNoRelativeLikelihoodBuiltFromACountUnderFive() async throws {
        try await withParity { app in
            // given T02 appointed 3 BME applicants of 20
            try await TestRegion.create(on: app.db)
            try await TestAccounts.create(in: app)
            _ = try await ReturnImporter(database: app.db, now: testNow, actor: .commandLine, auditName: "test").importFile(try fixture("small-organisation-2026.csv"), fileName: "small.csv")
            let owner = TestBrowser(app)
            try await owner.signIn(TestAccounts.dataLeadT02.0)
            // when
            let published = try await TestBrowser(app).get("/organisations/T02?year=2026").body.string
            let own = try await owner.get("/organisations/T02?year=2026").body.string
            // then (12/40) ÷ (3/20) = 2.00 only for the owner
            #expect(!published.contains("2.00"))
            #expect(published.contains("Not published: a count it is built from is under 5"))
            #expect(own.contains("White applicants were 2.00 times as likely as BME applicants"))
        }
    }

    @Test func theUploadFormShowsOnlyOnOrganisationPagesTheUserMayImportFor() async throws {
        try await withParity { app in
            try await TestRegion.create(on: app.db)
            try await TestAccounts.create(in: app)
            let lead = TestBrowser(app)
            try await lead.signIn(TestAccounts.dataLeadT01.0)
            #expect(try await lead.get("/organisations/T01").body.string.contains("action=\"/returns/upload\""))
            #expect(!(try await lead.get("/organisations/T02").body.string.contains("action=\"/returns/upload\"")))
            #expect(!(try await TestBrowser(app).get("/organisations/T01").body.string.contains("action=\"/returns/upload\"")))
        }
    }

    @Test func thePanelFiltersTheAuditLog() async throws {
        try await withParity { app in
            try await TestRegion.create(on: app.db)
            try await TestAccounts.create(in: app)
            _ = try await ReturnImporter(database: app.db, now: testNow, actor: .commandLine, auditName: "command line").importFile(try fixture("two-organisations-2026.csv"), fileName: "two.csv")
            let panel = TestBrowser(app)
            try await panel.signIn(TestAccounts.panel.0)
            let imports = try await panel.get("/audit?action=return.imported").body.string
            #expect(imports.contains("T01 WRES 2026 version 1"))
            #expect(!imports.contains("session.signed-in</td>"))
            let signIns = try await panel.get("/audit?action=session.signed-in&actor=panel@test.invalid").body.string
            #expect(signIns.contains("session.signed-in"))
            #expect(!signIns.contains("T01 WRES 2026"))
        }
    }
}
