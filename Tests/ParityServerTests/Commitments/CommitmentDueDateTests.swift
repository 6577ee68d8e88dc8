import Fluent
import Foundation
import ParityCore
import Testing
import VaporTesting
@testable import ParityServer

@Suite struct CommitmentDueDateTests {
    @Test(arguments: [
        ("Short one", "2026-02-28"),            // 31 Aug + 6 months, clamped to February's end
        ("Medium one", "2026-08-31"),           // + 12 months
        ("Medium to long one", "2027-02-28"),   // + 18 months, the long default, clamped
    ])
    func dueDatesComeFromTheProgrammeStartAndTheCompletingHorizon(title: String, due: String) async throws {
        try await withParity { app in
            // given
            try await CommitmentFixture.create(in: app)
            // when
            let document = try await CommitmentFixture.document(app, try await CommitmentFixture.id(app, title, "S01"))
            // then
            #expect(document["due"] as? String == due)
            #expect(document["standard_due"] as? String == due)
            #expect(document["agreed_due"] is NSNull)
        }
    }

    @Test func aLeapYearStartClampsToTheTwentyNinth() async throws {
        try await withParity { app in
            // given a programme starting 31 August 2027: + 6 months is 29 February 2028
            try await CommitmentFixture.create(in: app, start: ISODay.parse("2027-08-31")!)
            // when
            let document = try await CommitmentFixture.document(app, try await CommitmentFixture.id(app, "Short one", "S01"))
            // then
            #expect(document["due"] as? String == "2028-02-29")
        }
    }

    @Test func onlySystemLevelRecommendationsBecomeCommitmentsForEachSystem() async throws {
        try await withParity { app in
            try await CommitmentFixture.create(in: app)
            #expect(try await CommitmentRow.query(on: app.db).count() == 6)
            #expect(try await RecommendationRow.query(on: app.db).count() == 4)
        }
    }

    @Test func aSystemLeadSetsTheLongHorizonsMonthsAndTheDueDateMovesWithIt() async throws {
        try await withParity { app in
            // given
            try await CommitmentFixture.create(in: app)
            let id = try await CommitmentFixture.id(app, "Medium to long one", "S01")
            let browser = TestBrowser(app)
            try await browser.signIn(TestAccounts.systemLead.0)
            // when
            let response = try await browser.post("/commitments/\(id.uuidString)/due-date", form: ["longMonths": "24", "reason": "Recruitment runs to a national timetable."])
            // then
            #expect(response.status == .seeOther)
            let document = try await CommitmentFixture.document(app, id)
            #expect(document["due"] as? String == "2027-08-31")
            #expect(document["long_months"] as? Int == 24)
            #expect((document["due_basis"] as? String)?.contains("plus 24 months") == true)
            #expect((document["due_basis"] as? String)?.contains("Recruitment runs to a national timetable.") == true)
        }
    }

    @Test func anAgreedDueDateReplacesTheProgrammesDateAndSaysWhy() async throws {
        try await withParity { app in
            // given
            try await CommitmentFixture.create(in: app)
            let id = try await CommitmentFixture.id(app, "Short one", "S01")
            let browser = TestBrowser(app)
            try await browser.signIn(TestAccounts.systemLead.0)
            // when
            try await browser.post("/commitments/\(id.uuidString)/due-date", form: ["agreedDue": "2027-01-15", "reason": "Agreed at the People Board."])
            // then
            let document = try await CommitmentFixture.document(app, id)
            #expect(document["due"] as? String == "2027-01-15")
            #expect(document["standard_due"] as? String == "2026-02-28")
            #expect(document["agreed_due_reason"] as? String == "Agreed at the People Board.")
            let page = try await browser.get("/commitments/\(id.uuidString)").body.string
            #expect(page.contains("Agreed as 15 January 2027 instead of 28 February 2026: Agreed at the People Board."))
        }
    }

    @Test(arguments: [
        (["agreedDue": "2027-02-30", "reason": "x"], "YYYY-MM-DD"),
        (["agreedDue": "2025-01-01", "reason": "x"], "after the programme starts"),
        (["agreedDue": "2027-01-15", "reason": " "], "Enter why the due date is different"),
        (["reason": "x"], "Enter the agreed due date"),
        (["longMonths": "11", "reason": "x"], "from 12 to 120 months"),
    ])
    func aBadDueDateFormIsShownAgainWithEveryProblem(form: [String: String], message: String) async throws {
        try await withParity { app in
            // given
            try await CommitmentFixture.create(in: app)
            let id = try await CommitmentFixture.id(app, "Medium to long one", "S01")
            let browser = TestBrowser(app)
            try await browser.signIn(TestAccounts.systemLead.0)
            // when
            let response = try await browser.post("/commitments/\(id.uuidString)/due-date", form: form)
            // then
            #expect(response.status == .unprocessableEntity)
            #expect(response.body.string.contains(message))
            #expect(try await CommitmentFixture.row(app, "Medium to long one", "S01").version == 1)
        }
    }

    @Test func monthsAreRefusedForARecommendationThatDoesNotCompleteLong() async throws {
        try await withParity { app in
            try await CommitmentFixture.create(in: app)
            let id = try await CommitmentFixture.id(app, "Short one", "S01")
            let browser = TestBrowser(app)
            try await browser.signIn(TestAccounts.systemLead.0)
            let response = try await browser.post("/commitments/\(id.uuidString)/due-date", form: ["longMonths": "24", "reason": "x"])
            #expect(response.status == .unprocessableEntity)
            #expect(response.body.string.contains("Only a recommendation that completes in the long horizon"))
        }
    }
}
