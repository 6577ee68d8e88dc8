import Foundation
import ParityCore
import Testing
import VaporTesting
@testable import ParityServer

@Suite struct IndicatorAPITests {
    /// Imports the two-organisation fixture and returns the parsed JSON of `path`.
    private func json(_ path: String) async throws -> [String: Any] {
        var document: [String: Any] = [:]
        try await withParity { app in
            try await TestRegion.create(on: app.db)
            _ = try await ReturnImporter(database: app.db, now: testNow, actor: .commandLine, auditName: "test").importFile(try fixture("two-organisations-2026.csv"), fileName: "two.csv")
            try await app.testing().test(.GET, path) { response in
                #expect(response.status == .ok)
                #expect(response.headers.contentType == .json)
                document = try #require(try JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [String: Any])
            }
        }
        return document
    }

    private func indicator(_ document: [String: Any], _ number: String) throws -> [String: Any] {
        let indicators = try #require(document["indicators"] as? [String: Any])
        return try #require(indicators[number] as? [String: Any])
    }

    @Test func theSystemFigurePoolsCountsAndNeverAveragesRatios() async throws {
        // given T01 (white 100/400, BME 45/300) and T02 (white 60/200, BME 20/100)
        // when
        let document = try await json("/api/v1/systems/S01/wres/2026")
        // then (160/600) ÷ (65/400) = 1.6410…; the mean of the two ratios would be 1.5833
        let two = try indicator(document, "2")
        let ratio = try #require(two["relative_likelihood"] as? Double)
        #expect(abs(ratio - (160.0 / 600.0) / (65.0 / 400.0)) < 1e-12)
        #expect(document["scope"] as? String == "system")
        #expect(document["organisations_reporting"] as? Int == 2)
    }

    @Test func anOrganisationDocumentCarriesTheContractFields() async throws {
        // when
        let document = try await json("/api/v1/organisations/T01/wres/2026")
        // then
        #expect(document["code"] as? String == "T01")
        #expect(document["year"] as? Int == 2026)
        let two = try indicator(document, "2")
        for key in ["relative_likelihood", "ci_low", "ci_high", "flag"] { #expect(two.keys.contains(key)) }
        #expect(abs((two["relative_likelihood"] as? Double ?? 0) - 0.25 / 0.15) < 1e-12)
        let three = try indicator(document, "3")
        #expect(abs((three["relative_likelihood"] as? Double ?? 0) - (12.0 / 400.0) / (10.0 / 800.0)) < 1e-12)
        #expect(three["pooled_years"] as? [Int] == [2026])
        let five = try indicator(document, "5")
        for key in ["white_percent", "bme_percent", "gap_points", "gap_ci_low", "gap_ci_high", "flag",
                    "relative_likelihood", "ci_low", "ci_high", "significant"] { #expect(five.keys.contains(key)) }
        #expect(five["gap_points"] is NSNull)
        #expect(five["relative_likelihood"] is NSNull && five["significant"] is NSNull)
        #expect(five["flag"] as? String == "n/a")
        let nine = try indicator(document, "9")
        for key in ["board_bme_percent", "voting_bme_percent", "executive_bme_percent", "workforce_bme_percent",
                    "board_difference_points", "voting_difference_points", "executive_difference_points"] {
            #expect(nine.keys.contains(key))
        }
        let one = try indicator(document, "1")
        let overall = try #require(one["overall"] as? [String: Any])
        #expect(abs((overall["bme_percent"] as? Double ?? 0) - 400.0 / 1220.0 * 100) < 1e-9)
    }

    @Test func publicFiguresHideSmallCountsAndFiguresBuiltFromThem() async throws {
        // given T02 has 3 BME staff at band 8c
        // when
        let document = try await json("/api/v1/organisations/T02/wres/2026")
        // then
        let one = try indicator(document, "1")
        let cells = try #require(one["cells"] as? [[String: Any]])
        let senior = try #require(cells.first { $0["grade"] as? String == "band-8c" })
        #expect(senior["bme_count"] is NSNull)
        #expect(senior["bme_percent"] is NSNull)
        #expect(document["disclosure"] as? String == "public")
    }

    @Test func theRegionDocumentPoolsEveryOrganisation() async throws {
        let document = try await json("/api/v1/region/wres/2026")
        #expect(document["scope"] as? String == "region")
        #expect(document["name"] as? String == "Testland")
        #expect(document["organisations_reporting"] as? Int == 2)
    }

    @Test func unknownCodesAnswer404AsAJSONProblem() async throws {
        try await withParity { app in
            try await app.testing().test(.GET, "/api/v1/organisations/NOPE/wres/2026") { response in
                #expect(response.status == .notFound)
                #expect(response.headers.contentType?.subType == "problem+json")
                #expect(response.body.string.contains("NOPE"))
            }
        }
    }
}
