import Fluent
import Foundation
import ParityCore
import Testing
@testable import ParityServer

/// A database whose figures were stored under the old survey rule (issue 28: a gap flagged by
/// its interval alone, with no relative likelihood stored) shows the new flags once migrated.
@Suite struct SurveyRuleUpgradeTests {
    @Test func figuresStoredByTheOldSurveyRuleAreDroppedAndTheNewFlagsShown() async throws {
        try await withParity(demo: true) { app in
            // given every stored figure as the previous version stored it: each survey indicator
            // flagged adverse and no relative likelihood beside it
            let rows = try await StoredFigureRow.query(on: app.db).all()
            #expect(!rows.isEmpty)
            for row in rows {
                row.payload = try Self.oldRulePayload(row.payload)
                try await row.save(on: app.db)
            }
            await #expect(throws: (any Error).self) { try await IndicatorLoader(database: app.db).figures(years: [2026]) }
            // when this version's migration runs
            try await DropStoredFiguresOfOldSurveyRule().prepare(on: app.db)
            // then nothing stored by the old rule is left, and the region's survey flags are those
            // the counts give by the new one
            #expect(try await StoredFigureRow.query(on: app.db).count() == 0)
            let year = try await IndicatorLoader(database: app.db).figures(year: 2026)
            let region = try #require(year.figures(.region)?.report)
            let computed = try #require(try await IndicatorLoader(database: app.db).load(years: [2026])[2026]?.figures(.region)?.report)
            for indicator in 5...8 {
                #expect(region.surveys[indicator]?.flag == computed.surveys[indicator]?.flag, "\(indicator)")
                #expect(region.surveys[indicator]?.likelihood.relativeLikelihood != nil, "\(indicator)")
            }
            #expect((5...8).contains { region.surveys[$0]?.flag != .adverse })
        }
    }

    /// `payload` with every survey comparison as the old version stored it.
    private static func oldRulePayload(_ payload: String) throws -> String {
        var figures = try #require(try JSONSerialization.jsonObject(with: Data(payload.utf8)) as? [String: Any])
        var report = try #require(figures["report"] as? [String: Any])
        var surveys = try #require(report["surveys"] as? [String: Any])
        for (indicator, value) in surveys {
            var survey = try #require(value as? [String: Any])
            survey["likelihood"] = nil
            survey["flag"] = Flag.adverse.rawValue
            surveys[indicator] = survey
        }
        report["surveys"] = surveys
        figures["report"] = report
        return String(decoding: try JSONSerialization.data(withJSONObject: figures), as: UTF8.self)
    }
}
