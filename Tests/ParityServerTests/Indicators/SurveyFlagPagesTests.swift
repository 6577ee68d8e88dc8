import Foundation
import Testing
import VaporTesting
@testable import ParityServer

/// Issue 28 as people see it: the region's pooled survey gap that the old rule called adverse
/// is non-adverse beside its relative likelihood, and every page that flags says why.
@Suite struct SurveyFlagPagesTests {
    @Test func theRegionsSmallSignificantGapOnIndicatorFiveIsNotAdverse() async throws {
        try await withParity(demo: true) { app in
            // when
            var body = ""
            try await app.testing().test(.GET, "/api/v1/region/wres/2026") { response in
                #expect(response.status == .ok)
                body = response.body.string
            }
            // then the gap of about a point is significant, but its relative likelihood is inside the band
            let document = try #require(try JSONSerialization.jsonObject(with: Data(body.utf8)) as? [String: Any])
            let five = try #require((document["indicators"] as? [String: [String: Any]])?["5"])
            let gap = try #require(five["gap_points"] as? Double)
            let ratio = try #require(five["relative_likelihood"] as? Double)
            #expect((0.5...1.5).contains(gap))
            #expect(try #require(five["gap_ci_low"] as? Double) > 0)
            #expect(five["significant"] as? Bool == true)
            #expect(try #require(five["ci_low"] as? Double) > 1)
            #expect((1...1.25).contains(ratio))
            #expect(five["flag"] as? String == "non-adverse")
        }
    }

    @Test(arguments: ["/?year=2026", "/systems/D01?year=2026", "/wdes?year=2026", "/report?year=2026"])
    func everyScorecardPrintsTheSurveyRule(path: String) async throws {
        try await withParity(demo: true) { app in
            try await app.testing().test(.GET, path) { response in
                #expect(response.status == .ok)
                let html = response.body.string
                #expect(html.contains("Staff Survey indicators (5–8) are flagged by the same rule"), "\(path)")
                #expect(html.contains("never makes a flag by itself"), "\(path)")
            }
        }
    }

    @Test func theDetailPageShowsEachSurveysRelativeLikelihoodAndSignificance() async throws {
        try await withParity(demo: true) { app in
            try await app.testing().test(.GET, "/organisations/DA1?year=2026") { response in
                #expect(response.status == .ok)
                let html = response.body.string
                #expect(html.matches(of: /Relative likelihood, BME ÷ White<\/dt>/).count == 3)
                #expect(html.matches(of: /Relative likelihood, White ÷ BME<\/dt>/).count == 1)
                #expect(html.matches(of: /95% confidence interval of the gap/).count == 4)
                // indicators 2–4 and 5–8 each say whether their interval excludes parity
                #expect(html.matches(of: /statistically significant: the interval/.ignoresCase()).count == 7)
            }
        }
    }
}
