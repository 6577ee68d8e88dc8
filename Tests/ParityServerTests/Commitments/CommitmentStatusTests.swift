import Fluent
import Foundation
import ParityCore
import Testing
import VaporTesting
@testable import ParityServer

/// Every edge of `DeliveryRule` through the API, with the clock fixed at `testNow`
/// (29 November 2026, 12:00 UTC). Offsets are whole days from that day; times of day are
/// chosen away from noon so only the calendar day can decide.
@Suite struct CommitmentStatusTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        var dueInDays: Int
        var dueHour = 23
        /// Days before today of the last update; nil for none.
        var updatedDaysAgo: Int?
        var createdDaysAgo = 10
        var declared: DeclaredState = .inProgress
        var response: SystemResponse? = .accept
        var expected: DeliveryStatus
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "due yesterday (late evening) and not done: overdue", dueInDays: -1, updatedDaysAgo: 1, expected: .red),
        Case(name: "due today (just after midnight): at risk, not overdue", dueInDays: 0, dueHour: 0, updatedDaysAgo: 1, expected: .amber),
        Case(name: "due in exactly 30 days: at risk", dueInDays: 30, updatedDaysAgo: 1, expected: .amber),
        Case(name: "due in 31 days, updated yesterday: on track", dueInDays: 31, updatedDaysAgo: 1, expected: .green),
        Case(name: "no update for exactly 60 days: at risk", dueInDays: 100, updatedDaysAgo: 60, expected: .amber),
        Case(name: "no update for 59 days: on track", dueInDays: 100, updatedDaysAgo: 59, expected: .green),
        Case(name: "never updated, recorded 60 days ago: at risk", dueInDays: 100, createdDaysAgo: 60, expected: .amber),
        Case(name: "never updated, recorded 59 days ago: on track", dueInDays: 100, createdDaysAgo: 59, expected: .green),
        Case(name: "declared blocked, far from due: at risk", dueInDays: 100, updatedDaysAgo: 1, declared: .blocked, expected: .amber),
        Case(name: "not started and overdue: overdue", dueInDays: -40, declared: .notStarted, expected: .red),
        Case(name: "done after the due date, no targets: complete", dueInDays: -10, updatedDaysAgo: 1, declared: .done, expected: .complete),
        Case(name: "declined even when overdue: declined", dueInDays: -10, declared: .notStarted, response: .decline, expected: .declined),
        Case(name: "declined although declared done: declined", dueInDays: -10, declared: .done, response: .decline, expected: .declined),
        Case(name: "no response yet changes nothing: on track", dueInDays: 100, updatedDaysAgo: 1, response: nil, expected: .green),
    ]

    @Test(arguments: cases)
    func theStatusFollowsTheRuleAtEachEdge(_ c: Case) async throws {
        try await withParity { app in
            // given
            try await CommitmentFixture.create(in: app)
            let row = try await CommitmentFixture.row(app, "Medium one", "S01")
            row.agreedDueAt = CommitmentFixture.day(c.dueInDays, hour: c.dueHour, minute: c.dueHour == 0 ? 1 : 59)
            row.agreedDueReason = "test"
            row.createdAt = CommitmentFixture.day(-c.createdDaysAgo, hour: 23, minute: 30)
            row.declaredState = c.declared.rawValue
            row.response = c.response?.rawValue
            try await row.update(on: app.db)
            if let ago = c.updatedDaysAgo {
                try await CommitmentChanges(database: app.db, author: "test", now: CommitmentFixture.day(-ago, hour: 0, minute: 5))
                    .postUpdate(row, text: "An update.", evidence: [], state: nil, version: nil)
            }
            // when
            let document = try await CommitmentFixture.document(app, row.id!)
            // then
            #expect(document["status"] as? String == c.expected.rawValue)
            #expect(document["status_label"] as? String == c.expected.label)
            #expect(document["escalated"] as? Bool == (c.expected == .red))
        }
    }

    @Test func thePageShowsTheStatusInWordsWithTheRulesReason() async throws {
        try await withParity { app in
            // given the medium commitment was due 31 August 2026, 90 days before today
            try await CommitmentFixture.create(in: app)
            let id = try await CommitmentFixture.id(app, "Medium one", "S01")
            // when
            let page = try await TestBrowser(app).get("/commitments/\(id.uuidString)")
            // then
            #expect(page.status == .ok)
            #expect(page.body.string.contains("p-flag--adverse\">Overdue</strong>"))
            #expect(page.body.string.contains("Due 31 August 2026, 90 days ago, and not done."))
            #expect(page.body.string.contains("How the status is worked out"))
        }
    }

    @Test func aProgressUpdateThatDeclaresDoneCompletesTheCommitment() async throws {
        try await withParity { app in
            // given
            try await CommitmentFixture.create(in: app)
            let id = try await CommitmentFixture.id(app, "Medium one", "S01")
            let browser = TestBrowser(app)
            try await browser.signIn(TestAccounts.systemLead.0)
            // when
            let posted = try await browser.post("/commitments/\(id.uuidString)/updates", form: [
                "text": "The sub-committee met and reported.", "evidence": "https://example.org/minutes\nhttps://example.org/report",
                "state": "done", "version": "1",
            ])
            // then
            #expect(posted.status == .seeOther)
            let document = try await CommitmentFixture.document(app, id)
            #expect(document["status"] as? String == "complete")
            #expect(document["declared_state"] as? String == "done")
            #expect(document["version"] as? Int == 2)
            let updates = try #require(document["updates"] as? [[String: Any]])
            #expect(updates.first?["evidence"] as? [String] == ["https://example.org/minutes", "https://example.org/report"])
            #expect(updates.first?["author"] as? String == TestAccounts.systemLead.0)
        }
    }

    @Test func aFormFromAnOlderVersionIsRefusedAsAConflict() async throws {
        try await withParity { app in
            try await CommitmentFixture.create(in: app)
            let id = try await CommitmentFixture.id(app, "Medium one", "S01")
            let browser = TestBrowser(app)
            try await browser.signIn(TestAccounts.systemLead.0)
            try await browser.post("/commitments/\(id.uuidString)/updates", form: ["text": "First.", "version": "1"])
            let stale = try await browser.post("/commitments/\(id.uuidString)/updates", form: ["text": "Second, from an old page.", "version": "1"])
            #expect(stale.status == .conflict)
            #expect(try await ProgressUpdateRow.query(on: app.db).count() == 1)
        }
    }

    @Test func evidenceThatIsNotAWebLinkIsRefused() async throws {
        try await withParity { app in
            try await CommitmentFixture.create(in: app)
            let id = try await CommitmentFixture.id(app, "Medium one", "S01")
            let browser = TestBrowser(app)
            try await browser.signIn(TestAccounts.systemLead.0)
            let response = try await browser.post("/commitments/\(id.uuidString)/updates", form: ["text": "x", "evidence": "javascript:alert(1)"])
            #expect(response.status == .unprocessableEntity)
            #expect(response.body.string.contains("Evidence links must each start with https://"))
            #expect(try await ProgressUpdateRow.query(on: app.db).count() == 0)
        }
    }
}
