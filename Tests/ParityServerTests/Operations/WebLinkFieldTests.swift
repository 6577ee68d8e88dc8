import Fluent
import ParityCore
import Testing
import VaporTesting
@testable import ParityServer

/// Every form field that takes a web address stores only http(s) ones (issue 19: a stored
/// `javascript:` terms-of-reference link was printed on a public page).
@Suite struct WebLinkFieldTests {
    static let hostile = ["javascript:alert(1)", "JaVaScRiPt:alert(1)", "  javascript:alert(1)", "\tjavascript:alert(1)",
                          "data:text/html,<script>alert(1)</script>", "vbscript:msgbox(1)", "VBScript:msgbox(1)"]
    static let accepted = ["https://example.org/terms", "http://example.org/terms"]

    @Test(arguments: hostile + accepted)
    func termsOfReference(_ link: String) async throws {
        try await withParity { app in
            // given
            try await TestRegion.create(on: app.db)
            try await TestAccounts.create(in: app)
            let lead = TestBrowser(app)
            try await lead.signIn(TestAccounts.systemLead.0)
            // when
            let response = try await lead.post("/governance/S01/bodies", form: ["kind": "people-board", "name": "Board", "termsOfReference": link])
            // then
            let stored = try await BodyRow.query(on: app.db).all().map(\.termsOfReferenceURL)
            if Self.accepted.contains(link) {
                #expect(response.status == .seeOther)
                #expect(stored == [link])
            } else {
                #expect(response.status == .unprocessableEntity)
                #expect(response.body.string.contains("terms of reference link must be a web address starting https://"))
                #expect(stored.isEmpty)
            }
        }
    }

    @Test(arguments: hostile + accepted)
    func learningResource(_ link: String) async throws {
        try await withParity { app in
            // given
            try await TestRegion.create(on: app.db)
            try await TestAccounts.create(in: app)
            let panel = TestBrowser(app)
            try await panel.signIn(TestAccounts.panel.0)
            // when
            let response = try await panel.post("/learning-resources", form: ["indicator": "2", "title": "Guide", "url": link])
            // then
            let stored = try await LearningResourceRow.query(on: app.db).all().map(\.url)
            if Self.accepted.contains(link) {
                #expect(response.status == .seeOther)
                #expect(stored == [link])
            } else {
                #expect(response.status == .unprocessableEntity)
                #expect(response.body.string.contains("a web address starting https://"))
                #expect(stored.isEmpty)
            }
        }
    }

    @Test(arguments: hostile + accepted)
    func commitmentEvidence(_ link: String) async throws {
        try await withParity { app in
            // given
            try await CommitmentFixture.create(in: app)
            let id = try await CommitmentFixture.id(app, "Medium one", "S01")
            let lead = TestBrowser(app)
            try await lead.signIn(TestAccounts.systemLead.0)
            // when
            let response = try await lead.post("/commitments/\(id.uuidString)/updates", form: ["text": "Met.", "evidence": link, "version": "1"])
            // then
            let stored = try await ProgressUpdateRow.query(on: app.db).count()
            if Self.accepted.contains(link) {
                #expect(response.status == .seeOther)
                #expect(stored == 1)
            } else {
                #expect(response.status == .unprocessableEntity)
                #expect(response.body.string.contains("Evidence links must each start with https:// or http://"))
                #expect(stored == 0)
            }
        }
    }
}
