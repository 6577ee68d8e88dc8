import Fluent
import Foundation
import ParityCore
import Testing
import VaporTesting
@testable import ParityServer

/// A correction after publication goes through the region (issue 20): it stays private until
/// the region accepts it, the signer gives a reason for each warning, and the public then reads
/// "Revised on" with what changed.
@Suite struct RevisionReviewRouteTests {
    /// T01's 2026 return corrected: 57 BME applicants appointed instead of 45 (indicator 2 from
    /// 1.67 to 1.32; S01's pool from 1.64 to 1.39), and unknown ethnicity for 200 staff, which
    /// the checks warn about.
    static let correction = """
        organisation,year,standard,indicator,measure,group,count
        T01,2026,WRES,1,headcount:clinical:band-5,white,800
        T01,2026,WRES,1,headcount:clinical:band-5,bme,400
        T01,2026,WRES,1,headcount:clinical:band-5,unknown,200
        T01,2026,WRES,2,shortlisted,white,400
        T01,2026,WRES,2,appointed,white,100
        T01,2026,WRES,2,shortlisted,bme,300
        T01,2026,WRES,2,appointed,bme,57
        T01,2026,WRES,3,entered-disciplinary,white,10
        T01,2026,WRES,3,entered-disciplinary,bme,12

        """
    static let reason = "BME appointments of the spring campaign were left out."
    static let otherSystemLead = ("lead-s02@test.invalid", RoleGrant(role: .systemLead, scope: .system("S02")))

    /// T01 signed off and published on 20 December 2026, then corrected by `account` (its data
    /// lead unless said), whose browser is returned.
    static func publishedThenCorrected(_ app: Application, by account: String = TestAccounts.dataLeadT01.0) async throws -> TestBrowser {
        try await CycleFixture.create(in: app)
        #expect(try await CycleFixture.signOff(app, "T01", as: TestAccounts.dataLeadT01.0).status == .seeOther)
        app.now = { CycleFixture.at("2026-12-20") }
        let admin = TestBrowser(app)
        try await admin.signIn(TestAccounts.admin.0)
        #expect(try await admin.post("/cycles/WRES/2026/publish", form: [:]).status == .seeOther)
        let corrector = TestBrowser(app)
        try await corrector.signIn(account)
        #expect(try await corrector.upload(Array(correction.utf8), fileName: "t01.csv", extraFields: ["reason": reason]).status == .ok)
        return corrector
    }

    /// As `publishedThenCorrected`, then signed off again, waiting for the region; with the
    /// data lead's and a regional admin's browsers.
    static func waitingForReview(_ app: Application) async throws -> (lead: TestBrowser, admin: TestBrowser) {
        let lead = try await publishedThenCorrected(app)
        #expect(try await lead.post("/cycles/WRES/2026/T01/sign-off", form: signOffForm(acknowledging: 1)).status == .seeOther)
        let admin = TestBrowser(app)
        try await admin.signIn(TestAccounts.admin.0)
        return (lead, admin)
    }

    static func signOffForm(acknowledging count: Int) -> [String: String] {
        var form = ["name": "Alex Example", "jobTitle": "Director of People", "version": "2"]
        for index in 0..<count { form["acknowledgements[\(index)]"] = "Staff of the merged service have no recorded ethnicity yet." }
        return form
    }

    static func publicIndicator2(_ app: Application) async throws -> Double? {
        let response = try await TestBrowser(app).get("/api/v1/organisations/T01/wres/2026")
        let document = try CommitmentFixture.json(response)
        let indicators = try #require(document["indicators"] as? [String: Any])
        return (indicators["2"] as? [String: Any])?["relative_likelihood"] as? Double
    }

    @Test func signOffAsksAReasonForEachWarningAndChecksTheAnswersFirst() async throws {
        try await withParity { app in
            // given
            let lead = try await Self.publishedThenCorrected(app)
            // when: no reason for the warning
            let refused = try await lead.post("/cycles/WRES/2026/T01/sign-off/check", form: Self.signOffForm(acknowledging: 0))
            // then
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.body.string.contains("Say why the figures stand despite the warning on Workforce."))
            #expect(try await lead.post("/cycles/WRES/2026/T01/sign-off", form: Self.signOffForm(acknowledging: 0)).status == .unprocessableEntity)
            #expect(try await WarningAcknowledgementRow.query(on: app.db).count() == 0)

            // when: with one, the answers are shown to check before the final step
            let check = try await lead.post("/cycles/WRES/2026/T01/sign-off/check", form: Self.signOffForm(acknowledging: 1))
            #expect(check.status == .ok)
            #expect(check.body.string.contains("Check your answers before signing off"))
            #expect(check.body.string.contains("Staff of the merged service have no recorded ethnicity yet."))
            #expect(try await CycleStore(database: app.db).submission(try await CycleStore(database: app.db).cycle(.wres, 2026), "T01")?.signedOffAt == nil)

            // when: confirmed
            #expect(try await lead.post("/cycles/WRES/2026/T01/sign-off", form: Self.signOffForm(acknowledging: 1)).status == .seeOther)
            // then: the reason is stored and shown to the region
            let stored = try await WarningAcknowledgementRow.query(on: app.db).all()
            #expect(stored.map(\.subject) == ["Workforce"])
            let admin = TestBrowser(app)
            try await admin.signIn(TestAccounts.admin.0)
            let page = try await admin.get("/cycles/WRES/2026/T01").body.string
            #expect(page.contains("Staff of the merged service have no recorded ethnicity yet."))
            #expect(page.contains(Self.reason))
            #expect(page.contains("Indicator 2: 1.67 → 1.32"))
        }
    }

    @Test func aSignOffOfAVersionNotReadIsRefused() async throws {
        try await withParity { app in
            let lead = try await Self.publishedThenCorrected(app)
            var form = Self.signOffForm(acknowledging: 1)
            form["version"] = "1"
            #expect(try await lead.post("/cycles/WRES/2026/T01/sign-off", form: form).status == .conflict)
        }
    }

    @Test func aRevisionStaysPrivateUntilTheRegionAcceptsIt() async throws {
        try await withParity { app in
            // given: corrected and signed off, waiting for the region
            let (lead, _) = try await Self.waitingForReview(app)

            // then: the public reads the published figures everywhere, told a revision is under review
            let published = try #require(try await Self.publicIndicator2(app))
            #expect(abs(published - 1.0 / 0.6) < 1e-9)
            let anonymous = TestBrowser(app)
            let page = try await anonymous.get("/organisations/T01?year=2026").body.string
            #expect(page.contains("A revision of this return is under review"))
            #expect(page.contains("1.67") && !page.contains("Revised on"))
            for (path, pending) in [("/systems/S01?year=2026", "1.39"), ("/organisations/T01/report?year=2026", "1.32"), ("/compare?scope=T01&year=2026", "1.32")] {
                let response = try await anonymous.get(path)
                #expect(response.status == .ok, "\(path)")
                #expect(!response.body.string.contains(pending), "\(path) shows the pending indicator 2")
            }
            let document = try CommitmentFixture.json(try await anonymous.get("/api/v1/organisations/T01/wres/2026"))
            #expect(document["revision_under_review"] as? Bool == true)
            #expect((document["revisions"] as? [Any])?.isEmpty == true)
            #expect(try await anonymous.get("/cycles/WRES/2026/T01").body.string.contains("Revision under review") == false)

            // then: a system lead of another system does not see it; the data lead cannot accept it
            let otherLead = TestBrowser(app)
            _ = try await AccountStore(database: app.db).createUser(email: Self.otherSystemLead.0, displayName: "Other lead",
                                                                    passwordHash: try app.password.hash(TestAccounts.password), grant: Self.otherSystemLead.1, now: app.now())
            try await otherLead.signIn(Self.otherSystemLead.0)
            #expect(!(try await otherLead.get("/cycles/WRES/2026/T01").body.string.contains(Self.reason)))
            #expect(try await lead.post("/cycles/WRES/2026/T01/review", form: ["decision": "accept", "reason": "Mine."]).status == .forbidden)
            #expect(try await Self.publicIndicator2(app).map { abs($0 - 1.0 / 0.6) < 1e-9 } == true)
        }
    }

    @Test func theRegionAcceptsAndThePublicReadsRevisedOn() async throws {
        try await withParity { app in
            // given
            let (_, admin) = try await Self.waitingForReview(app)
            let before = try await TestBrowser(app).get("/organisations/T01?year=2026").body.string
            // when: a decision without a reason is refused, then one with a reason is taken
            let refused = try await admin.post("/cycles/WRES/2026/T01/review", form: ["decision": "accept"])
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.body.string.contains("Give the reason for your decision"))
            #expect(try await admin.post("/cycles/WRES/2026/T01/review", form: ["decision": "accept", "reason": "Checked with the trust."]).status == .seeOther)
            // then: the public pages, the API and the audit log carry the revision
            let page = try await TestBrowser(app).get("/organisations/T01?year=2026").body.string
            #expect(page != before)
            #expect(page.contains("Revised on 20 December 2026"))
            #expect(page.contains(Self.reason))
            #expect(page.contains("Indicator 2: 1.67 → 1.32"))
            #expect(!page.contains("A revision of this return is under review"))
            #expect(try await Self.publicIndicator2(app).map { abs($0 - 0.25 / 0.19) < 1e-9 } == true)
            let document = try CommitmentFixture.json(try await TestBrowser(app).get("/api/v1/organisations/T01/wres/2026"))
            let revisions = try #require(document["revisions"] as? [[String: Any]])
            #expect(revisions.first?["revised_on"] as? String == "2026-12-20")
            #expect(revisions.first?["reason"] as? String == Self.reason)
            let actions = try await AuditEventRow.query(on: app.db).all().map(\.action)
            #expect(actions.contains("return.revision-accepted") && actions.contains("return.signed-off") && actions.contains("return.reopened"))
            #expect(try await ReturnRevisionRow.query(on: app.db).count() == 1)
            // and nothing waits for review any more
            #expect(try await admin.post("/cycles/WRES/2026/T01/review", form: ["decision": "accept", "reason": "Again."]).status == .conflict)
        }
    }

    @Test func theRegionRejectsAndThePublishedVersionStays() async throws {
        try await withParity { app in
            // given
            let (lead, admin) = try await Self.waitingForReview(app)
            // when
            #expect(try await admin.post("/cycles/WRES/2026/T01/review", form: ["decision": "reject", "reason": "Headcount does not match ESR."]).status == .seeOther)
            // then
            #expect(try await Self.publicIndicator2(app).map { abs($0 - 1.0 / 0.6) < 1e-9 } == true)
            let page = try await TestBrowser(app).get("/organisations/T01?year=2026").body.string
            #expect(!page.contains("Revised on") && !page.contains("under review"))
            #expect(try await lead.get("/cycles/WRES/2026/T01").body.string.contains("Headcount does not match ESR."))
            #expect(try await CycleFixture.state(app, "T01").0 == "draft-imported")
        }
    }

    @Test func aRegionalAdminCannotAcceptARevisionTheyMade() async throws {
        try await withParity { app in
            // given: the admin imports and signs off the correction themselves
            let admin = try await Self.publishedThenCorrected(app, by: TestAccounts.admin.0)
            #expect(try await admin.post("/cycles/WRES/2026/T01/sign-off", form: Self.signOffForm(acknowledging: 1)).status == .seeOther)
            // when / then
            #expect(try await admin.post("/cycles/WRES/2026/T01/review", form: ["decision": "accept", "reason": "Fine."]).status == .forbidden)
            #expect(try await ReturnRevisionRow.query(on: app.db).count() == 0)
        }
    }
}
