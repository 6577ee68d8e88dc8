import Fluent
import Foundation
import ParityCore
import Testing
import VaporTesting
@testable import ParityServer

@Suite struct WhatStaffSayTests {
    /// Stores `count` published experiences about `theme` from T01 in the current week.
    private func publish(_ count: Int, theme: VoiceTheme, ethnicity: VoiceEthnicity? = nil, on app: Application) async throws {
        let store = VoiceStore(database: app.db)
        var random = SplitMix64(seed: UInt64(count))
        for _ in 0..<count {
            let draft = VoiceSubmissionDraft(text: "An experience long enough to be stored.", themes: [theme], ethnicity: ethnicity, consent: .panelOnly)
            let id = try await store.store(draft, redactions: [], system: "S01", organisation: "T01", week: VoiceWeek(containing: testNow),
                                           receiptCode: ReceiptCode.make(using: &random))
            let row = try #require(try await store.submission(id: id))
            row.status = VoiceModerationStatus.published.rawValue
            try await row.save(on: app.db)
        }
    }

    @Test(arguments: [(9, false), (10, true)])
    func aBreakdownShowsACountOnlyFromTenContributions(count: Int, shown: Bool) async throws {
        try await withParity { app in
            // given
            try await TestRegion.create(on: app.db)
            try await publish(count, theme: .recruitment, ethnicity: .bme, on: app)
            let browser = TestBrowser(app)
            // when
            let page = try await browser.get("/systems/S01/what-staff-say").body.string
            let organisationPage = try await browser.get("/organisations/T01/what-staff-say").body.string
            let csv = try await browser.get("/systems/S01/what-staff-say.csv").body.string
            // then
            let cell = shown ? "<td class=\"p-num\">\(count)</td>" : "<td class=\"p-num\">fewer than 10</td>"
            #expect(page.contains(cell))
            #expect(organisationPage.contains(cell))
            #expect(page.contains("\(count)</td>") == shown)
            let lines = csv.split(separator: "\r\n")
            let quarterLine = lines.first { $0.contains("quarter") && $0.contains("Recruitment") && !$0.contains("Total") }
            #expect(quarterLine?.hasSuffix(shown ? ",\(count)" : ",fewer than 10") == true, "\(quarterLine ?? "no line")")
            // The other ethnic groups' cells are 0, shown as "fewer than 10"; with the row total
            // shown, the BME count would give them away, so it is withheld too (secondary suppression).
            let ethnicityLine = lines.first { $0.contains("ethnic group") && $0.contains("Recruitment") && $0.contains("Black and minority ethnic") }
            #expect(ethnicityLine?.hasSuffix(shown ? ",withheld" : ",fewer than 10") == true, "\(ethnicityLine ?? "no line")")
            #expect(!csv.contains(",9\r\n"))
        }
    }

    @Test func pendingAndHeldExperiencesAreNeverCounted() async throws {
        try await withParity { app in
            try await TestRegion.create(on: app.db)
            let store = VoiceStore(database: app.db)
            var random = SplitMix64(seed: 1)
            for _ in 0..<12 {
                let draft = VoiceSubmissionDraft(text: "An experience long enough to be stored.", themes: [.training], consent: .panelOnly)
                try await store.store(draft, redactions: [], system: "S01", organisation: "T01", week: VoiceWeek(containing: testNow),
                                      receiptCode: ReceiptCode.make(using: &random))
            }
            let page = try await TestBrowser(app).get("/systems/S01/what-staff-say").body.string
            #expect(!page.contains("<td class=\"p-num\">12</td>"))
        }
    }

    @Test func aCommitmentLinkedToAThemeReachesItsContributorsAndTheYouSaidWeDidPage() async throws {
        try await withParity(demo: true) { app in
            // given a demo system's published experience about progression
            let row = try #require(try await VoiceSubmissionRow.query(on: app.db)
                .filter(\.$status == "published").filter(\.$themes == "progression").first())
            let commitments = try await VoiceCommitmentLinkRow.query(on: app.db).filter(\.$theme == "progression").all()
            let linked = try #require(try await CommitmentRow.query(on: app.db)
                .filter(\.$id ~~ commitments.map(\.commitmentID)).filter(\.$systemCode == row.systemCode).first())
            // then its contributor sees the commitment, and the public page lists it
            let ids = try await VoiceStore(database: app.db).commitmentIDs(prompting: row)
            #expect(ids.contains(try linked.requireID()))
            let page = try await TestBrowser(app).get("/systems/\(row.systemCode)/you-said-we-did")
            #expect(page.status == .ok)
            #expect(page.body.string.contains("Progression and promotion"))
        }
    }
}

@Suite struct WhatStaffSayBesideTheNumbersTests {
    @Test func indicatorPagesPutWhatStaffSayBesideTheMatchingIndicator() async throws {
        try await withParity(demo: true) { app in
            let browser = TestBrowser(app)
            let system = try #require(try await SystemRow.query(on: app.db).sort(\.$code).first()).code
            for path in ["/", "/systems/\(system)"] {
                let page = try await browser.get(path).body.string
                #expect(page.contains("<strong>What staff say</strong> about recruitment:"), "\(path)")
                #expect(page.contains("href=\"\(path == "/" ? "" : path)/what-staff-say\""), "\(path)")
            }
        }
    }
}
