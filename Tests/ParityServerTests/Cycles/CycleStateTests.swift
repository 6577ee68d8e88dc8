import Fluent
import Foundation
import ParityCore
import Testing
import VaporTesting
@testable import ParityServer

/// The submission tracker through the routes, on a moving fixed clock.
@Suite struct CycleStateTests {
    @Test func organisationsMoveThroughEveryState() async throws {
        try await withParity { app in
            try await CycleFixture.create(in: app)
            // Before the deadline: T01 and T02 have drafts, U01 nothing.
            #expect(try await CycleFixture.state(app, "T01") == ("draft-imported", false))
            #expect(try await CycleFixture.state(app, "U01") == ("not-started", false))

            // T01 signs off on time.
            let signed = try await CycleFixture.signOff(app, "T01", as: TestAccounts.dataLeadT01.0)
            #expect(signed.status == .seeOther)
            #expect(try await CycleFixture.state(app, "T01") == ("submitted", false))

            // After the deadline T02 must say why it is late; U01 is overdue but still not started.
            app.now = { CycleFixture.at("2026-12-11", hour: 0) }
            let refused = try await CycleFixture.signOff(app, "T02", as: TestAccounts.dataLeadT02.0)
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.body.string.contains("The deadline was 10 December 2026: give the reason the return is late."))
            #expect(try await CycleFixture.state(app, "T02") == ("draft-imported", true))
            #expect(try await CycleFixture.signOff(app, "T02", as: TestAccounts.dataLeadT02.0, lateReason: "Extract failed.").status == .seeOther)
            #expect(try await CycleFixture.state(app, "T02") == ("late", true))
            #expect(try await CycleFixture.state(app, "U01") == ("not-started", true))

            // The region publishes from the publication date, not before.
            let admin = TestBrowser(app)
            try await admin.signIn(TestAccounts.admin.0)
            #expect(try await admin.post("/cycles/WRES/2026/publish", form: [:]).status == .conflict)
            app.now = { CycleFixture.at("2026-12-20") }
            try await admin.signIn(TestAccounts.admin.0) // the session from nine days ago has expired
            #expect(try await admin.post("/cycles/WRES/2026/publish", form: [:]).status == .seeOther)
            #expect(try await CycleFixture.state(app, "T01") == ("published", false))
            #expect(try await CycleFixture.state(app, "T02") == ("published", true))
        }
    }

    @Test func aChangeAfterSignOffNeedsAReasonReopensAndKeepsTheLateFlag() async throws {
        try await withParity { app in
            try await CycleFixture.create(in: app)
            app.now = { CycleFixture.at("2026-12-12") }
            #expect(try await CycleFixture.signOff(app, "T02", as: TestAccounts.dataLeadT02.0, lateReason: "Extract failed.").status == .seeOther)

            let lead = TestBrowser(app)
            try await lead.signIn(TestAccounts.dataLeadT02.0)
            let file = Array("organisation,year,standard,indicator,measure,group,count\nT02,2026,WRES,1,headcount:clinical:band-5,white,301\n".utf8)
            // Without a reason nothing is written.
            let refused = try await lead.upload(file, fileName: "t02.csv")
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.body.string.contains("give the reason for changing it"))
            #expect(try await CycleStore(database: app.db).latestVersions(ReportingCycle.standardDates(.wres, year: 2026), organisation: "T02")["T02"] == 1)

            // With one, version 2 reopens sign-off; the late flag stays.
            #expect(try await lead.upload(file, fileName: "t02.csv", extraFields: ["reason": "Band 5 headcount corrected."]).status == .ok)
            #expect(try await CycleFixture.state(app, "T02") == ("draft-imported", true))
            let page = try await lead.get("/cycles/WRES/2026/T02")
            #expect(page.body.string.contains("Band 5 headcount corrected."))
            #expect(page.body.string.contains("Changed after sign-off (reopened)"))
            #expect(!page.body.string.contains("Why is the return late?"), "a re-sign-off keeps the first record")

            // Signed off again: still late, the first reason kept.
            #expect(try await CycleFixture.signOff(app, "T02", as: TestAccounts.dataLeadT02.0).status == .seeOther)
            #expect(try await CycleFixture.state(app, "T02") == ("late", true))
            let row = try #require(try await CycleFixture.tracker(app, as: lead)["T02"])
            #expect(row["lateReason"] as? String == "Extract failed.")
            #expect(row["latestVersion"] as? Int == 2)
        }
    }

    @Test func anOnTimeReturnCorrectedAfterTheDeadlineIsNotLate() async throws {
        try await withParity { app in
            try await CycleFixture.create(in: app)
            #expect(try await CycleFixture.signOff(app, "T01", as: TestAccounts.dataLeadT01.0).status == .seeOther)
            app.now = { CycleFixture.at("2026-12-15") }
            let file = Array("organisation,year,standard,indicator,measure,group,count\nT01,2026,WRES,1,headcount:clinical:band-5,white,801\n".utf8)
            _ = try await ReturnImporter(database: app.db, now: app.now(), actor: .commandLine, auditName: "test")
                .importFile(file, fileName: "t01.csv", changeReason: "One more starter found.")
            #expect(try await CycleFixture.state(app, "T01") == ("draft-imported", false))
            #expect(try await CycleFixture.signOff(app, "T01", as: TestAccounts.dataLeadT01.0).status == .seeOther)
            #expect(try await CycleFixture.state(app, "T01") == ("submitted", false))
        }
    }

    @Test func onlyTheRegionSetsCyclesAndOnlyTheOrganisationSignsOff() async throws {
        try await withParity { app in
            try await CycleFixture.create(in: app)
            let lead = TestBrowser(app)
            try await lead.signIn(TestAccounts.systemLead.0)
            let dates = ["standard": "WDES", "year": "2026", "snapshot": "2026-03-31", "deadline": "2026-08-31", "publication": "2026-10-31"]
            #expect(try await lead.post("/cycles", form: dates).status == .forbidden)
            // A system lead oversees but does not vouch for an organisation's figures; nor may another organisation.
            #expect(try await CycleFixture.signOff(app, "T01", as: TestAccounts.systemLead.0).status == .forbidden)
            #expect(try await CycleFixture.signOff(app, "T01", as: TestAccounts.dataLeadT02.0).status == .forbidden)

            let admin = TestBrowser(app)
            try await admin.signIn(TestAccounts.admin.0)
            var bad = dates
            bad["publication"] = "2026-08-01"
            let refused = try await admin.post("/cycles", form: bad)
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.body.string.contains("The publication date must be on or after the submission deadline."))
            #expect(try await admin.post("/cycles", form: dates).status == .seeOther)
            // Setting it again without the version read is a conflict, never a silent overwrite.
            #expect(try await admin.post("/cycles", form: dates).status == .conflict)
            #expect(try await admin.post("/cycles", form: dates.merging(["version": "1", "deadline": "2026-09-07"]) { $1 }).status == .seeOther)
            let cycles = try CommitmentFixture.json(try await TestBrowser(app).get("/api/v1/cycles"))["cycles"] as? [[String: Any]]
            #expect(cycles?.contains { $0["standard"] as? String == "WDES" && $0["submissionDeadline"] as? String == "2026-09-07" } == true)
        }
    }

    @Test func theTrackerFiltersAndExportsAndKeepsLateReasonsFromThePublic() async throws {
        try await withParity { app in
            try await CycleFixture.create(in: app)
            _ = try await CycleFixture.signOff(app, "T01", as: TestAccounts.dataLeadT01.0)
            app.now = { CycleFixture.at("2026-12-12") }
            _ = try await CycleFixture.signOff(app, "T02", as: TestAccounts.dataLeadT02.0, lateReason: "=HYPERLINK(\"x\") was late")
            let page = try await TestBrowser(app).get("/cycles/WRES/2026?state=late&system=S01")
            #expect(page.status == .ok)
            #expect(page.body.string.contains("Testshire"))
            #expect(page.body.string.contains("T02"))
            #expect(!page.body.string.contains(">T01<"), "T01 signed off on time")
            #expect(!page.body.string.contains(">U01<"), "U01 is in another system")
            #expect(!page.body.string.contains("HYPERLINK"), "the public does not read late reasons")
            #expect(!(try await TestBrowser(app).get("/cycles/WRES/2026/T02").body.string.contains("HYPERLINK")))
            let own = TestBrowser(app)
            try await own.signIn(TestAccounts.dataLeadT02.0)
            #expect(try await own.get("/cycles/WRES/2026?state=late").body.string.contains("Reason: =HYPERLINK"))
            let overdue = try await TestBrowser(app).get("/cycles/WRES/2026?state=late-or-overdue").body.string
            #expect(overdue.contains(">T02<") && overdue.contains(">U01<") && !overdue.contains(">T01<"))
            let csv = try await TestBrowser(app).get("/cycles/WRES/2026.csv?state=not-submitted")
            #expect(csv.status == .ok)
            let text = csv.body.string
            #expect(text.hasPrefix("\u{FEFF}Cycle,System,Organisation code"))
            #expect(text.contains("U01") && !text.contains("T01") && !text.contains("T02"))
        }
    }
}

/// My attention lists the newest cycle's returns not yet signed off in the reader's scope, and
/// the plans waiting for their rating.
@Suite struct CycleAttentionTests {
    @Test func myAttentionListsReturnsToSignOffAndPlansToRate() async throws {
        try await withParity { app in
            try await CycleFixture.create(in: app)
            app.now = { CycleFixture.at("2026-12-12") }
            let lead = TestBrowser(app)
            try await lead.signIn(TestAccounts.dataLeadT01.0)
            let own = try await lead.get("/my-attention").body.string
            #expect(own.contains("Testshire Hospitals NHS Trust: WRES 2026 return"))
            #expect(own.contains("Not signed off, 2 days after the deadline"))
            #expect(!own.contains("Testshire Community NHS Trust: WRES 2026 return"), "T02 is not theirs")

            let systemLead = TestBrowser(app)
            try await systemLead.signIn(TestAccounts.systemLead.0)
            var page = try await systemLead.get("/my-attention").body.string
            #expect(page.contains("Testshire Hospitals NHS Trust: WRES 2026 return") && page.contains("Testshire Community NHS Trust: WRES 2026 return"))
            #expect(!page.contains("Otherland Hospitals NHS Trust: WRES 2026 return"), "U01 is in another system")

            _ = try await CycleFixture.signOff(app, "T01", as: TestAccounts.dataLeadT01.0, lateReason: "Late extract.")
            #expect(!(try await lead.get("/my-attention").body.string.contains("WRES 2026 return")))
            #expect(try await lead.post("/organisations/T01/action-plan", form: ["year": "2026"]).status == .seeOther)
            #expect(try await ActionPlanFixture.addAction(lead).status == .seeOther)
            #expect(try await lead.post("/organisations/T01/action-plan/publish", form: ["year": "2026"]).status == .seeOther)
            page = try await systemLead.get("/my-attention").body.string
            #expect(page.contains("Testshire Hospitals NHS Trust: 2026 action plan"))
            #expect(page.contains("waiting for your rating"))
        }
    }
}
