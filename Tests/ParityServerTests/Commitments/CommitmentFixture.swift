import Fluent
import Foundation
import ParityCore
import Testing
import VaporTesting
@testable import ParityServer

/// Two systems (S01 Testshire from `TestRegion`, S02 Otherland), the test accounts, and a
/// programme whose recommendations become commitments of both systems.
enum CommitmentFixture {
    /// 31 August: a short horizon lands on 28 February, the clamped end of a shorter month.
    static let start = ISODay.parse("2025-08-31")!

    static func recommendation(_ title: String, _ horizon: String, level: String = "system", tags: [String] = ["WRES 2"]) -> StrategyFile.Recommendation {
        StrategyFile.Recommendation(title: title, text: "\(title) in full.", level: level, horizon: horizon, tags: tags)
    }

    static let standard = [
        recommendation("Short one", "S", tags: ["WRES 5", "EDS 2C"]),
        recommendation("Medium one", "M", tags: ["WRES 2"]),
        recommendation("Medium to long one", "M/L", tags: ["WRES 9"]),
        recommendation("Regional one", "M", level: "region", tags: ["EDS 3A"]),
    ]

    static func create(in app: Application, start: Date = start, recommendations: [StrategyFile.Recommendation] = standard) async throws {
        try await TestRegion.create(on: app.db)
        _ = try await StructureStore(database: app.db).add(
            systems: [ReferenceSystem(code: "S02", name: "Otherland")],
            organisations: [ReferenceOrganisation(code: "U01", name: "Otherland Hospitals NHS Trust", systemCode: "S02", kind: nil)],
            validFrom: ReferenceDates.structureStart
        )
        try await TestAccounts.create(in: app)
        try await ProgrammeLoader(database: app.db, actor: "test", now: testNow)
            .load(name: "Test strategy", start: start, ownerRegion: "Testland", recommendations: recommendations, systems: ["S01", "S02"])
    }

    /// Imports S01's 2026 returns: pooled WRES indicator 2 is (160/600) ÷ (65/400) = 1.641025…
    static func importS01Returns(in app: Application) async throws {
        _ = try await ReturnImporter(database: app.db, now: testNow, actor: .commandLine, auditName: "test")
            .importFile(try fixture("two-organisations-2026.csv"), fileName: "two.csv")
    }

    static func row(_ app: Application, _ title: String, _ system: String) async throws -> CommitmentRow {
        let recommendation = try #require(try await RecommendationRow.query(on: app.db).filter(\.$title == title).first())
        return try #require(try await CommitmentRow.query(on: app.db)
            .filter(\.$recommendation.$id == recommendation.id!).filter(\.$systemCode == system).first())
    }

    static func id(_ app: Application, _ title: String, _ system: String) async throws -> UUID {
        try await row(app, title, system).id!
    }

    /// The JSON object a response holds.
    static func json(_ response: TestingHTTPResponse) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [String: Any])
    }

    /// The commitment as `/api/v1/commitments/{id}` shows it.
    static func document(_ app: Application, _ id: UUID) async throws -> [String: Any] {
        let response = try await TestBrowser(app).get("/api/v1/commitments/\(id.uuidString)")
        #expect(response.status == .ok)
        return try json(response)
    }

    /// A moment `days` whole days from `testNow`'s day at `hour`:`minute` UTC.
    static func day(_ days: Int, hour: Int = 12, minute: Int = 0) -> Date {
        Calendar.utc.startOfDay(for: testNow).addingTimeInterval(Double(days) * 86_400 + Double(hour * 3_600 + minute * 60))
    }
}
