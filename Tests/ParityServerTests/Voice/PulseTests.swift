import Fluent
import Foundation
import ParityCore
import Testing
import VaporTesting
@testable import ParityServer

@Suite struct PulseTests {
    private let day = 86_400.0

    private func survey(_ app: Application, opens: Double, closes: Double) async throws -> PulseSurvey {
        let slug = try await PulseStore(database: app.db).create(
            system: "S01", title: "Fairness", opensOn: testNow.addingTimeInterval(opens * day), closesOn: testNow.addingTimeInterval(closes * day),
            questions: [.init(position: 1, kind: .agreement, text: "I am treated fairly.", indicators: [7])], actor: "test", now: testNow
        )
        return try #require(try await PulseStore(database: app.db).survey(slug: slug))
    }

    @Test func aSystemLeadCreatesASurveyAndOthersMayNot() async throws {
        try await withParity { app in
            try await TestRegion.create(on: app.db)
            try await TestAccounts.create(in: app)
            let form = ["title": "Speaking up", "opensOn": "2026-12-01", "closesOn": "2026-12-14",
                        "questions[0][text]": "I feel safe speaking up.", "questions[0][kind]": "agreement", "questions[0][indicators]": "8"]
            let dataLead = TestBrowser(app)
            try await dataLead.signIn(TestAccounts.dataLeadT01.0)
            #expect(try await dataLead.post("/systems/S01/pulse", form: form).status == .forbidden)
            let lead = TestBrowser(app)
            try await lead.signIn(TestAccounts.systemLead.0)
            var bad = form
            bad["closesOn"] = "2026-11-01"
            let refused = try await lead.post("/systems/S01/pulse", form: bad)
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.body.string.contains("The last day must be on or after the day the survey opens"))
            #expect(try await lead.post("/systems/S01/pulse", form: form).status == .seeOther)
            let surveys = try await PulseStore(database: app.db).surveys(system: "S01")
            #expect(surveys.map(\.title) == ["Speaking up"])
            #expect(surveys.first?.questions.first?.indicators == [8])
        }
    }

    @Test func answersAreTakenOnlyWhileOpenAndResultsOnlyAfterClose() async throws {
        try await withParity { app in
            // given an open survey
            try await TestRegion.create(on: app.db)
            let open = try await survey(app, opens: -2, closes: 3)
            let browser = TestBrowser(app)
            // when someone answers
            let answered = try await browser.post("/pulse/\(open.slug)", fields: [("q1", "agree"), ("ethnicity", "bme")], csrf: nil)
            // then it is kept, without a cookie, and no result is shown yet
            #expect(answered.status == .ok)
            #expect(answered.headers.setCookie == nil)
            #expect(try await PulseStore(database: app.db).responses(survey: open).count == 1)
            let early = try await browser.get("/pulse/\(open.slug)/results").body.string
            #expect(early.contains("Results appear here after the survey closes"))
            #expect(try await browser.post("/pulse/\(open.slug)", fields: [("q1", "maybe")], csrf: nil).status == .unprocessableEntity)
            // given a closed survey with 12 answers, 9 from BME staff
            let closed = try await survey(app, opens: -20, closes: -5)
            for index in 0..<12 {
                try await PulseStore(database: app.db).respond(survey: closed, answers: [1: index < 6 ? .agree : .disagree],
                                                               ethnicity: index < 9 ? .bme : .white, disability: nil)
            }
            // then answering is refused and results show only for groups of at least 10
            #expect(try await browser.post("/pulse/\(closed.slug)", fields: [("q1", "agree")], csrf: nil).status == .ok)
            #expect(try await PulseStore(database: app.db).responses(survey: closed).count == 12)
            let results = try await browser.get("/pulse/\(closed.slug)/results").body.string
            #expect(results.contains("<th scope=\"row\">Everyone</th><td class=\"p-num\">12</td><td class=\"p-num\">–</td>"), "6 agreeing of 12 is under 10")
            #expect(!results.contains("<td class=\"p-num\">9</td>"))
            #expect(results.contains("Black and minority ethnic (global majority)</th><td class=\"p-num\">fewer than 10</td>"))
        }
    }

    /// A survey's link takes anonymous answers, so it is for the network to share, never
    /// published; a closed survey's link takes no answers, and its results are public.
    @Test func surveyLinksAreShownOnlyToThoseWhoRunTheSurveys() async throws {
        try await withParity { app in
            // given
            try await TestRegion.create(on: app.db)
            try await TestAccounts.create(in: app)
            let open = try await survey(app, opens: -2, closes: 3)
            let closed = try await survey(app, opens: -20, closes: -5)
            let dataLead = TestBrowser(app)
            try await dataLead.signIn(TestAccounts.dataLeadT01.0)
            let networkLead = TestBrowser(app)
            try await networkLead.signIn(TestAccounts.networkLead.0)
            // when
            let anonymousPage = try await TestBrowser(app).get("/systems/S01/pulse").body.string
            let dataLeadPage = try await dataLead.get("/systems/S01/pulse").body.string
            let networkPage = try await networkLead.get("/systems/S01/pulse").body.string
            // then
            for page in [anonymousPage, dataLeadPage] {
                #expect(!page.contains(open.slug))
                #expect(!page.contains("/pulse/\(closed.slug)\""))
                #expect(page.contains("/pulse/\(closed.slug)/results"))
            }
            #expect(networkPage.contains("/pulse/\(open.slug)"))
        }
    }

    /// Answers under 10 within a group, and a group under 10 worked out as everyone less the
    /// other group, are not shown (issue 19).
    @Test func noCountUnderTenIsShownOrRecoverable() async throws {
        try await withParity { app in
            // given 16 answers from White staff (12 agree, 4 disagree) and 9 from BME staff
            try await TestRegion.create(on: app.db)
            let closed = try await survey(app, opens: -20, closes: -5)
            let store = PulseStore(database: app.db)
            for index in 0..<16 {
                try await store.respond(survey: closed, answers: [1: index < 12 ? .agree : .disagree], ethnicity: .white, disability: nil)
            }
            for _ in 0..<9 { try await store.respond(survey: closed, answers: [1: .agree], ethnicity: .bme, disability: nil) }
            // when
            let results = try await TestBrowser(app).get("/pulse/\(closed.slug)/results").body.string
            // then
            let shown = results.matches(of: /<td class="p-num">(\d+)(?: \(|<)/).compactMap { Int($0.1) }
            #expect(!shown.isEmpty)
            #expect(shown.allSatisfy { $0 >= VoiceDisclosure.minimumContributions }, "\(shown)")
            #expect(results.contains("\(VoiceEthnicity.white.label)</th><td class=\"p-num\">withheld</td>"), "25 less 16 would give the 9")
        }
    }
}
