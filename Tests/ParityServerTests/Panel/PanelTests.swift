import Fluent
import Foundation
import ParityCore
import Testing
import VaporTesting
@testable import ParityServer

@Suite struct ChallengeTests {
    /// S01's People Board, with no members.
    static func board(_ app: Application) async throws -> BodyRow {
        try await TestRegion.create(on: app.db)
        try await TestAccounts.create(in: app)
        let body = BodyRow()
        (body.kind, body.level, body.scopeCode, body.name, body.purpose, body.meetingCadence) = ("people-board", "system", "S01", "Testshire People Board", "", "Monthly")
        (body.status, body.statusSince, body.isBMEFirstNetwork, body.version) = ("established", testNow.addingTimeInterval(-86400 * 400), false, 1)
        try await body.create(on: app.db)
        return body
    }

    static func signedIn(_ app: Application, _ email: String) async throws -> TestBrowser {
        let browser = TestBrowser(app)
        try await browser.signIn(email)
        return browser
    }

    @Test func aChallengeIsRaisedAnsweredRatedAndClosed() async throws {
        try await withParity { app in
            // given
            let body = try await Self.board(app)
            let panel = try await Self.signedIn(app, TestAccounts.panel.0)
            let lead = try await Self.signedIn(app, TestAccounts.systemLead.0)
            let dataLead = try await Self.signedIn(app, TestAccounts.dataLeadT01.0)
            // when the panel raises it, with the default response date
            let raised = try await panel.post("/challenges", form: ["body": body.id!.uuidString, "subject": "indicator:2",
                                                                   "text": "Why are shortlisted BME applicants still less likely to be appointed?"])
            // then it is open and due in 28 days
            #expect(raised.status == .seeOther)
            let row = try #require(try await ChallengeRow.query(on: app.db).first())
            #expect(ISODay.format(row.dueAt) == "2026-12-27")
            #expect(ChallengeLifecycle.status(row.facts) == .open)
            #expect(try await dataLead.post("/challenges", form: ["body": body.id!.uuidString, "subject": "", "text": "Not mine to raise at all."]).status == .forbidden)
            // when someone who does not own the board responds, and then its system lead
            let path = "/challenges/\(row.id!.uuidString)"
            #expect(try await dataLead.post(path + "/response", form: ["response": "Not my board."]).status == .forbidden)
            #expect(try await panel.post(path + "/rating", form: ["rating": "satisfied"]).status == .conflict, "nothing to rate yet")
            #expect(try await lead.post(path + "/response", form: ["response": "Every panel now has a trained member.", "evidence": "Panel rota"]).status == .seeOther)
            // then the panel rates it and that closes it
            #expect(try await panel.post(path + "/rating", form: ["rating": "partly-satisfied", "reason": "Show us the figures."]).status == .seeOther)
            let closed = try #require(try await ChallengeRow.find(row.id, on: app.db))
            #expect(ChallengeLifecycle.status(closed.facts) == .closed)
            #expect(closed.rating == "partly-satisfied")
            #expect(try await lead.post(path + "/response", form: ["response": "One more thing."]).status == .conflict)
            let page = try await lead.get(path).body.string
            #expect(page.contains("Partly satisfied") && page.contains("Every panel now has a trained member."))
            let actions = try await AuditEventRow.query(on: app.db).filter(\.$action ~~ ["challenge.raised", "challenge.responded", "challenge.rated"]).count()
            #expect(actions == 3)
        }
    }

    @Test func anOverdueResponseShowsOnTheBodysPageAndInMyAttention() async throws {
        try await withParity { app in
            // given a challenge raised 30 days ago with no response
            let body = try await Self.board(app)
            let row = ChallengeRow()
            (row.bodyID, row.subject, row.text, row.raisedBy) = (body.id!, "", "What happened to the listening events?", "panel@test.invalid")
            row.raisedAt = testNow.addingTimeInterval(-30 * 86_400)
            row.dueAt = ChallengeLifecycle.defaultDue(raisedAt: row.raisedAt)
            try await row.create(on: app.db)
            let lead = try await Self.signedIn(app, TestAccounts.systemLead.0)
            // then
            let bodyPage = try await lead.get(SitePath.body(body.id!).href).body.string
            #expect(bodyPage.contains("1 response overdue"))
            let attention = try await lead.get("/my-attention").body.string
            #expect(attention.contains("What happened to the listening events?") || attention.contains("Response overdue"))
            let escalated = try await (try await Self.signedIn(app, TestAccounts.panel.0)).post("/challenges/\(row.id!.uuidString)/escalation", form: [:])
            #expect(escalated.status == .seeOther, "an overdue challenge may be escalated")
        }
    }

    @Test func panelOnlyNotesNeverReachAnyoneElse() async throws {
        try await withParity { app in
            let body = try await Self.board(app)
            let panel = try await Self.signedIn(app, TestAccounts.panel.0)
            _ = try await panel.post("/challenges", form: ["body": body.id!.uuidString, "subject": "", "text": "A challenge with a private note."])
            let id = try #require(try await ChallengeRow.query(on: app.db).first()?.id).uuidString
            #expect(try await panel.post("/challenges/\(id)/notes", form: ["note": "Secret: ask the chair informally."]).status == .seeOther)
            #expect(try await panel.get("/challenges/\(id)").body.string.contains("Secret: ask the chair informally."))
            #expect(try await panel.get("/api/v1/challenges/\(id)").body.string.contains("Secret: ask the chair informally."))
            for email in [TestAccounts.systemLead.0, TestAccounts.networkLead.0, TestAccounts.dataLeadT01.0] {
                let browser = try await Self.signedIn(app, email)
                #expect(!(try await browser.get("/challenges/\(id)").body.string.contains("Secret")), "\(email)")
                #expect(!(try await browser.get("/api/v1/challenges/\(id)").body.string.contains("Secret")), "\(email)")
                #expect(try await browser.post("/challenges/\(id)/notes", form: ["note": "Let me in"]).status == .forbidden, "\(email)")
            }
            #expect(try await TestBrowser(app).get("/api/v1/challenges/\(id)").status == .forbidden)
        }
    }
}

@Suite struct DecisionTests {
    @Test func theShareOfDecisionsWithTheNetworkFeedsTheMaturityMatrix() async throws {
        try await withParity { app in
            // given
            let body = try await ChallengeTests.board(app)
            let lead = try await ChallengeTests.signedIn(app, TestAccounts.systemLead.0)
            // when the system lead records 4 decisions, 3 with the network
            for (index, involvement) in ["consulted-before", "represented-at-meeting", "consulted-before", "not-involved"].enumerated() {
                let response = try await lead.post("/bodies/\(body.id!.uuidString)/decisions", form: [
                    "decidedOn": "2026-0\(index + 6)-10", "decision": "Decision \(index)", "involvement": involvement,
                ])
                #expect(response.status == .seeOther)
            }
            // and a decision from over a year ago, which no longer counts
            _ = try await lead.post("/bodies/\(body.id!.uuidString)/decisions", form: ["decidedOn": "2025-10-01", "decision": "Old", "involvement": "not-involved"])
            // then
            let page = try await lead.get(SitePath.body(body.id!).href).body.string
            #expect(page.contains("involved in 3 of 4 people decisions in the last 12 months"))
            let governance = try await lead.get("/governance").body.string
            #expect(governance.contains("3 of 4"))
            // the network lead adds the network's own account; a data lead may not
            let decision = try #require(try await DecisionRow.query(on: app.db).filter(\.$decision == "Decision 0").first())
            let network = try await ChallengeTests.signedIn(app, TestAccounts.networkLead.0)
            #expect(try await network.post("/decisions/\(decision.id!.uuidString)/network-account", form: ["networkAccount": "We wrote half the paper."]).status == .seeOther)
            let dataLead = try await ChallengeTests.signedIn(app, TestAccounts.dataLeadT01.0)
            #expect(try await dataLead.post("/decisions/\(decision.id!.uuidString)/network-account", form: ["networkAccount": "No"]).status == .forbidden)
            #expect(try await lead.post("/decisions/\(decision.id!.uuidString)/network-account", form: ["networkAccount": "In their words"]).status == .forbidden,
                    "the network's own account is the network's, not the system lead's")
            #expect(try await TestBrowser(app).get("/api/v1/bodies/\(body.id!.uuidString)/decisions").body.string.contains("We wrote half the paper."))
        }
    }
}

@Suite struct GoodPracticeTests {
    static func returns(_ year: Int, appointedBME: Int) -> [UInt8] {
        let rows = ["organisation,year,standard,indicator,measure,group,count",
                    "T01,\(year),WRES,2,shortlisted,white,100", "T01,\(year),WRES,2,appointed,white,40",
                    "T01,\(year),WRES,2,shortlisted,bme,100", "T01,\(year),WRES,2,appointed,bme,\(appointedBME)"]
        return Array(rows.joined(separator: "\n").utf8)
    }

    @Test func theEvidenceOfImpactIsReadFromTheReturns() async throws {
        try await withParity { app in
            // given T01's returns: RL 40/20 = 2.00 in 2024, 40/32 = 1.25 in 2026
            try await TestRegion.create(on: app.db)
            try await TestAccounts.create(in: app)
            let lead = try await ChallengeTests.signedIn(app, TestAccounts.dataLeadT01.0)
            #expect(try await lead.upload(Self.returns(2024, appointedBME: 20), fileName: "2024.csv").status == .ok)
            #expect(try await lead.upload(Self.returns(2026, appointedBME: 32), fileName: "2026.csv").status == .ok)
            // when T01's data lead submits a case study that started in June 2024
            let submitted = try await lead.post("/good-practice", fields: [
                ("scope", "organisation:T01"), ("title", "Diverse panels"), ("problem", "A gap."), ("action", "Panels."), ("result", "Better."),
                ("indicators[]", "2"), ("startedOn", "2024-06-01"), ("contact", "Jo, jo@example.org"),
            ])
            #expect(submitted.status == .seeOther)
            #expect(try await lead.post("/good-practice", fields: [("scope", "organisation:T02"), ("title", "Not mine")]).status == .unprocessableEntity)
            let row = try #require(try await CaseStudyRow.query(on: app.db).first())
            // then the page shows 2.00 before and 1.25 after: improved
            let page = try await TestBrowser(app).get("/good-practice/\(row.id!.uuidString)").body.string
            #expect(page.contains("2.00 (2024)"))
            #expect(page.contains("1.25 (2026)"))
            #expect(page.contains("Improved"))
            #expect(!page.contains("jo@example.org"), "the contact is shown to those who ask to learn")
            // when the panel endorses it and someone asks to learn from it
            let panel = try await ChallengeTests.signedIn(app, TestAccounts.panel.0)
            #expect(try await panel.post("/good-practice/\(row.id!.uuidString)/endorsement", form: [:]).status == .seeOther)
            #expect(try await lead.post("/good-practice/\(row.id!.uuidString)/endorsement", form: [:]).status == .forbidden)
            #expect(try await panel.post("/good-practice/\(row.id!.uuidString)/learning-requests", form: [:]).status == .seeOther)
            // then it is celebrated on the region page and the asker sees the contact
            #expect(try await TestBrowser(app).get("/").body.string.contains("Diverse panels"))
            #expect(try await panel.get("/good-practice/\(row.id!.uuidString)").body.string.contains("jo@example.org"))
            let json = try await TestBrowser(app).get("/api/v1/good-practice/\(row.id!.uuidString)").body.string
            #expect(json.contains("\"learning_requests\":1") && json.contains("\"direction\":\"improved\""))
        }
    }
}

@Suite struct MeetingPackTests {
    @Test func anIssuedPackNeverChanges() async throws {
        try await withParity { app in
            // given an open challenge
            let body = try await ChallengeTests.board(app)
            let panel = try await ChallengeTests.signedIn(app, TestAccounts.panel.0)
            _ = try await panel.post("/challenges", form: ["body": body.id!.uuidString, "subject": "", "text": "The first challenge of the year."])
            // when the panel issues a pack
            #expect(try await panel.post("/packs", form: ["audience": "people-board"]).status == .seeOther)
            let pack = try #require(try await MeetingPackRow.query(on: app.db).first())
            let before = try await panel.get("/packs/\(pack.id!.uuidString)").body.string
            #expect(before.contains("Testshire People Board"))
            // and a second challenge is raised after it
            _ = try await panel.post("/challenges", form: ["body": body.id!.uuidString, "subject": "indicator:9", "text": "A later challenge about the board."])
            // then the issued pack is unchanged, and the next one has both
            let after = try await panel.get("/packs/\(pack.id!.uuidString)").body.string
            #expect(after == before)
            #expect(try await panel.post("/packs", form: ["audience": "people-board"]).status == .seeOther)
            let packs = try await MeetingPackRow.query(on: app.db).all()
            #expect(packs.count == 2)
            #expect(packs.filter { $0.content.contains("WRES indicator 9") }.count == 1, "only the second pack has the later challenge")
            let dataLead = try await ChallengeTests.signedIn(app, TestAccounts.dataLeadT01.0)
            #expect(try await dataLead.post("/packs", form: ["audience": "panel"]).status == .forbidden)
        }
    }
}
