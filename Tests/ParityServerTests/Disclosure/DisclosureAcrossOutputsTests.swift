import Foundation
import ParityCore
import Testing
import VaporTesting
@testable import ParityServer

/// Issue 19, item 2, as an outsider performs it on the public API: a system's published count
/// minus its organisations' published counts must never give away the one organisation's
/// withheld count — for every cell of WRES indicator 1 and WDES metric 1, in the demo region.
@Suite struct DisclosureAcrossOutputsTests {
    @Test func noSystemMinusItsOrganisationsRevealsAWithheldHeadcount() async throws {
        try await withParity(demo: true) { app in
            // given
            let structure = try await StructureStore(database: app.db).structure(asAt: Calendar.utc.snapshotDate(year: 2026))
            var cellsChecked = 0

            for (standard, metric) in [("wres", "1"), ("wdes", "1")] {
                for system in structure.systems {
                    // when
                    let pooled = try await cells(app, "/api/v1/systems/\(system.code)/\(standard)/2026", metric: metric)
                    var members: [[String: Int?]] = []
                    for organisation in system.organisations {
                        members.append(try await cells(app, "/api/v1/organisations/\(organisation.code)/\(standard)/2026", metric: metric))
                    }

                    // then
                    for (key, value) in pooled {
                        guard let total = value else { continue }
                        let unknown = members.filter { ($0[key] ?? nil) == nil }
                        let known = members.compactMap { $0[key] ?? nil }.reduce(0, +)
                        cellsChecked += 1
                        if unknown.count == 1 {
                            #expect((1...4).contains(total - known) == false, "\(system.code) \(standard) \(key): \(total) − \(known) gives away a withheld count")
                        }
                    }
                }
            }
            #expect(cellsChecked > 100)
        }
    }

    /// The same for the race × disability figures: a system's events or base of a group
    /// minus its organisations' (those reporting them) never gives away a withheld count.
    @Test func noSystemMinusItsOrganisationsRevealsAWithheldRaceByDisabilityCount() async throws {
        try await withParity(demo: true) { app in
            let structure = try await StructureStore(database: app.db).structure(asAt: Calendar.utc.snapshotDate(year: 2026))
            var countsChecked = 0
            for system in structure.systems {
                guard let pooled = try await raceByDisability(app, "/api/v1/systems/\(system.code)/wdes/2026") else { continue }
                var members: [[String: Int?]] = []
                for organisation in system.organisations {
                    if let counts = try await raceByDisability(app, "/api/v1/organisations/\(organisation.code)/wdes/2026") { members.append(counts) }
                }
                for (key, value) in pooled {
                    guard let total = value else { continue }
                    let unknown = members.filter { ($0[key] ?? nil) == nil }
                    countsChecked += 1
                    if unknown.count == 1 {
                        let known = members.compactMap { $0[key] ?? nil }.reduce(0, +)
                        #expect((1...4).contains(total - known) == false, "\(system.code) \(key): \(total) − \(known) gives away a withheld count")
                    }
                }
            }
            #expect(countsChecked > 50)
        }
    }

    /// A return not yet published is public nowhere: a system's page pools exactly the returns
    /// its API document does, so the page minus the document cannot give a draft's counts away
    /// (before, the pages pooled the latest returns, drafts included, and the API the published).
    @Test func aSystemPagePoolsExactlyTheReturnsItsAPIDocumentDoes() async throws {
        try await withParity(demo: true) { app in
            // given DC3's 2026 WRES return, the demo's overdue draft, never signed off
            let response = try await TestBrowser(app).get(SitePath.apiSystem("D03", year: 2026).href)
            let document = try #require(try JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [String: Any])
            let indicators = try #require(document["indicators"] as? [String: [String: Any]])
            let leftOut = indicators["2"]?["organisations_left_out"] as? [[String: Any]] ?? []
            try #require(leftOut.contains { $0["code"] as? String == "DC3" }, "DC3's draft is in the system's public API document")
            // when
            let html = try await TestBrowser(app).get(SitePath.system("D03", year: 2026).href).body.string
                .replacingOccurrences(of: "&#39;", with: "'").replacingOccurrences(of: "&amp;", with: "&")
            // then every indicator's coverage on the page is the API document's
            for (indicator, figure) in indicators {
                guard let sentence = figure["coverage_sentence"] as? String else { continue }
                #expect(html.contains(sentence), "indicator \(indicator): the page does not say \"\(sentence)\"")
            }
        }
    }

    /// An anonymous reader's view of a scope's race × disability events and bases:
    /// "indicator/group/events|base" → count, nil when withheld; nil when the scope has none.
    private func raceByDisability(_ app: Application, _ path: String) async throws -> [String: Int?]? {
        var found: [String: Int?]?
        try await app.testing().test(.GET, path) { response in
            #expect(response.status == .ok)
            let document = try #require(try JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [String: Any])
            guard let figures = document["race_by_disability"] as? [String: Any], let indicators = figures["indicators"] as? [String: Any] else { return }
            var counts: [String: Int?] = [:]
            for (indicator, analysis) in indicators {
                for group in (analysis as? [String: Any])?["groups"] as? [[String: Any]] ?? [] {
                    for key in ["events", "base"] { counts["\(indicator)/\(group["group"] ?? "")/\(key)"] = group[key] as? Int }
                }
            }
            found = counts
        }
        return found
    }

    /// An anonymous reader's view of a scope's headcount table: "workforce/grade/group" → count, nil when withheld.
    private func cells(_ app: Application, _ path: String, metric: String) async throws -> [String: Int?] {
        var found: [String: Int?] = [:]
        try await app.testing().test(.GET, path) { response in
            #expect(response.status == .ok)
            let document = try #require(try JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [String: Any])
            let figures = (document["indicators"] ?? document["metrics"]) as? [String: Any]
            let table = try #require(figures?[metric] as? [String: Any], "\(path) has no metric \(metric)")
            for cell in table["cells"] as? [[String: Any]] ?? [] {
                let row = "\(cell["workforce"] ?? "")/\(cell["grade"] ?? cell["cluster"] ?? "")"
                for (key, value) in cell where key.hasSuffix("_count") || key == "total" {
                    found["\(row)/\(key)"] = value as? Int
                }
            }
        }
        return found
    }
}
