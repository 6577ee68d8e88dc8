import Foundation
import ParityCore
import Testing
import VaporTesting
@testable import ParityServer

/// Testshire (S01: T01, T02) and Otherland (S02: U01), the test accounts, the 2026 returns
/// of T01 and T02, and a WRES 2026 cycle due 10 December 2026 (11 days after `testNow`),
/// published from 20 December.
enum CycleFixture {
    static let deadline = ISODay.parse("2026-12-10")!

    static func create(in app: Application, deadline: Date = deadline) async throws {
        try await CommitmentFixture.create(in: app)
        try await CommitmentFixture.importS01Returns(in: app)
        var cycle = ReportingCycle.standardDates(.wres, year: 2026)
        cycle.deadline = deadline
        cycle.publication = deadline.addingTimeInterval(10 * 86_400)
        try await CycleStore(database: app.db).save(cycle, expectedVersion: nil, actor: "test", now: testNow)
    }

    /// Organisation code → the tracker row of `/api/v1/cycles/WRES/2026`.
    static func tracker(_ app: Application, as browser: TestBrowser? = nil) async throws -> [String: [String: Any]] {
        let response = try await (browser ?? TestBrowser(app)).get("/api/v1/cycles/WRES/2026")
        #expect(response.status == .ok)
        let document = try CommitmentFixture.json(response)
        let rows = try #require(document["organisations"] as? [[String: Any]])
        return Dictionary(uniqueKeysWithValues: rows.map { ($0["code"] as! String, $0) })
    }

    static func state(_ app: Application, _ code: String) async throws -> (String, Bool) {
        let row = try #require(try await tracker(app)[code])
        return (row["state"] as! String, row["late"] as! Bool)
    }

    /// Signs in as `account` and signs off `code`'s return.
    static func signOff(_ app: Application, _ code: String, as account: String, lateReason: String? = nil) async throws -> TestingHTTPResponse {
        let browser = TestBrowser(app)
        try await browser.signIn(account)
        var form = ["name": "Alex Example", "jobTitle": "Director of People"]
        if let lateReason { form["lateReason"] = lateReason }
        return try await browser.post("/cycles/WRES/2026/\(code)/sign-off", form: form)
    }

    static func at(_ day: String, hour: Int = 12) -> Date {
        ISODay.parse(day)!.addingTimeInterval(Double(hour) * 3_600)
    }
}
