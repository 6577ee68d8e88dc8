import Fluent
import Foundation
import ParityCore
import Testing
import VaporTesting
@testable import ParityServer

@Suite struct WhatStaffSayTests {
    /// Stores `count` published experiences about `theme` from `organisation` in the current week.
    private func publish(_ count: Int, theme: VoiceTheme, ethnicity: VoiceEthnicity? = nil, from organisation: String = "T01", on app: Application) async throws {
        let store = VoiceStore(database: app.db)
        var random = SplitMix64(seed: UInt64(count) &+ UInt64(organisation.hashValue.magnitude))
        for _ in 0..<count {
            let draft = VoiceSubmissionDraft(text: "An experience long enough to be stored.", themes: [theme], ethnicity: ethnicity, consent: .panelOnly)
            let id = try await store.store(draft, redactions: [], system: "S01", organisation: organisation, week: VoiceWeek(containing: testNow),
                                           receiptCode: ReceiptCode.make(using: &random))
            let row = try #require(try await store.submission(id: id))
            row.status = VoiceModerationStatus.published.rawValue
            try await row.save(on: app.db)
        }
    }

    @Test func nineContributionsAreShownNowhere() async throws {
        try await withParity { app in
            // given
            try await TestRegion.create(on: app.db)
            try await publish(9, theme: .recruitment, ethnicity: .bme, on: app)
            let browser = TestBrowser(app)
            // when
            let pages = [try await browser.get("/systems/S01/what-staff-say").body.string, try await browser.get("/organisations/T01/what-staff-say").body.string]
            let csv = try await browser.get("/systems/S01/what-staff-say.csv").body.string
            // then
            for page in pages {
                #expect(page.contains("<td class=\"p-num\">fewer than 10</td>"))
                #expect(!page.contains("9</td>"))
            }
            #expect(!csv.contains(",9\r\n"))
        }
    }

    /// T01's 10 experiences and T02's 12 are shown, as nothing hidden can be worked out from
    /// them; the same 10, all from people who gave "Black and minority ethnic", would give
    /// away that none gave "White", so the BME count is withheld.
    @Test func tenContributionsAreShownUnlessTheyGiveAwayAnother() async throws {
        try await withParity { app in
            // given
            try await TestRegion.create(on: app.db)
            try await publish(10, theme: .recruitment, on: app)
            try await publish(12, theme: .recruitment, from: "T02", on: app)
            try await publish(10, theme: .training, ethnicity: .bme, from: "T02", on: app)
            let browser = TestBrowser(app)
            // when
            let page = try await browser.get("/systems/S01/what-staff-say").body.string
            let csv = try await browser.get("/systems/S01/what-staff-say.csv").body.string
            // then
            #expect(page.contains("<td class=\"p-num\">10</td>"))
            let lines = csv.split(separator: "\r\n")
            let place = lines.first { $0.contains("organisation") && $0.contains("Recruitment") && $0.contains("Testshire Hospitals") }
            #expect(place?.hasSuffix(",10") == true, "\(place ?? "no line")")
            let ethnicity = lines.first { $0.contains("ethnic group") && $0.contains("Training") && $0.contains("Black and minority ethnic") }
            #expect(ethnicity?.hasSuffix(",withheld") == true, "\(ethnicity ?? "no line")")
            #expect(!csv.contains(",0\r\n"))
        }
    }

    /// The issue's attack (issue 19, item 10): for each theme, the region's count minus the
    /// counts of every system shown (on the region's page or the system's own) gives the one
    /// system left, and likewise an organisation from its system; none so given is under 10.
    @Test func noSystemOrOrganisationCountIsTheDifferenceOfShownOnes() async throws {
        try await withParity(demo: true) { app in
            let browser = TestBrowser(app)
            let structure = try await StructureStore(database: app.db).structure(asAt: Date())
            func places(_ path: String) async throws -> [String: (cells: [Int?], total: Int?)] {
                let document = try JSONSerialization.jsonObject(with: Data(try await browser.get(path).body.string.utf8)) as! [String: Any]
                let table = (document["tables"] as! [[String: Any]]).first { $0["id"] as? String == "by-place" }!
                var rows: [String: (cells: [Int?], total: Int?)] = [:]
                for row in table["rows"] as! [[String: Any]] {
                    rows[row["label"] as! String] = ((row["cells"] as! [Any]).map { $0 as? Int }, row["total"] as? Int)
                }
                return rows
            }
            var attempts = 0
            let published = try await VoiceSubmissionRow.query(on: app.db).filter(\.$status == "published").all()
            let region = try await places("/api/v1/region/what-staff-say")
            var systems: [[String: (cells: [Int?], total: Int?)]] = []
            for system in structure.systems { systems.append(try await places("/api/v1/systems/\(system.code)/what-staff-say")) }
            for theme in VoiceTheme.allCases.map(\.label) {
                // A system's count: its cell on the region's page, or its own page's total.
                let known = structure.systems.indices.map { region[theme]!.cells[$0] ?? systems[$0][theme]!.total }
                if let total = region[theme]!.total, known.count(where: { $0 == nil }) == 1 {
                    attempts += 1
                    let left = known.firstIndex { $0 == nil }!
                    let difference = total - known.compactMap { $0 }.reduce(0, +)
                    #expect(difference >= 10, "\(theme): \(structure.systems[left].code) is \(difference)")
                }
                // An organisation's: its system's minus the others', which also holds the
                // experiences given with no organisation, so the guess is right only when there
                // are none; a guess under 10 must then be wrong.
                for (index, system) in structure.systems.enumerated() {
                    let row = systems[index][theme]!
                    guard let total = row.total ?? known[index], row.cells.count(where: { $0 == nil }) == 1 else { continue }
                    attempts += 1
                    let left = system.organisations[row.cells.firstIndex { $0 == nil }!].code
                    let truth = published.count { $0.organisationCode == left && VoiceThemeList.themes($0.themes).map(\.label).contains(theme) }
                    let guess = total - row.cells.compactMap { $0 }.reduce(0, +)
                    #expect(guess >= 10 || guess != truth, "\(theme) in \(system.code): \(left) is \(guess)")
                }
            }
            #expect(attempts > 0)
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
