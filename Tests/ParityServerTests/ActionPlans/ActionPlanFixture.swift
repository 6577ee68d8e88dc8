import Fluent
import Foundation
import ParityCore
import Testing
import VaporTesting
@testable import ParityServer

/// The test region (S01 Testshire: T01, T02), the test accounts, and steps that drive the
/// action plan forms as T01's data lead would. Today is 29 November 2026.
enum ActionPlanFixture {
    static func create(in app: Application) async throws {
        try await TestRegion.create(on: app.db)
        try await TestAccounts.create(in: app)
    }

    /// T01's and T02's 2026 WRES returns.
    static func importReturns(in app: Application) async throws {
        _ = try await ReturnImporter(database: app.db, now: testNow, actor: .commandLine, auditName: "test")
            .importFile(try fixture("two-organisations-2026.csv"), fileName: "two.csv")
    }

    /// A browser signed in as `account`.
    static func browser(_ app: Application, as account: String) async throws -> TestBrowser {
        let browser = TestBrowser(app)
        try await browser.signIn(account)
        return browser
    }

    /// T01's `year` plan, started by its data lead, with one action; published unless `draft`.
    @discardableResult
    static func plan(_ app: Application, year: Int = 2026, action: [String: String] = [:], tags: [String] = ["WRES 2"], draft: Bool = false) async throws -> TestBrowser {
        let lead = try await browser(app, as: TestAccounts.dataLeadT01.0)
        #expect(try await lead.post("/organisations/T01/action-plan", form: ["year": "\(year)"]).status == .seeOther)
        #expect(try await addAction(lead, year: year, action, tags: tags).status == .seeOther)
        if !draft {
            #expect(try await lead.post("/organisations/T01/action-plan/publish", form: ["year": "\(year)"]).status == .seeOther)
        }
        return lead
    }

    @discardableResult
    static func addAction(_ browser: TestBrowser, code: String = "T01", year: Int = 2026, _ fields: [String: String] = [:], tags: [String] = ["WRES 2"]) async throws -> TestingHTTPResponse {
        let form = ["year": "\(year)", "what": "Debias shortlisting", "owner": "Head of Recruitment", "due": "2027-03-31"]
            .merging(fields) { $1 }
        return try await browser.post("/organisations/\(code)/action-plan/actions", fields: form.map { ($0.key, $0.value) } + tags.map { ("tags[]", $0) })
    }

    /// The plan as `/api/v1/organisations/T01/action-plan` shows it to `browser`.
    static func document(_ browser: TestBrowser, year: Int? = nil) async throws -> [String: Any] {
        let response = try await browser.get("/api/v1/organisations/T01/action-plan" + (year.map { "?year=\($0)" } ?? ""))
        #expect(response.status == .ok)
        return try #require(try JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [String: Any])
    }

    static func actions(_ document: [String: Any]) -> [[String: Any]] {
        document["actions"] as? [[String: Any]] ?? []
    }

    static func planRow(_ app: Application, year: Int = 2026) async throws -> ActionPlanRow {
        try #require(try await ActionPlanRow.query(on: app.db).filter(\.$organisationCode == "T01").filter(\.$year == year).first())
    }
}
