import Fluent
import Foundation
import ParityCore
import Testing
import VaporTesting
@testable import ParityServer

/// Who may change a commitment: the system lead of its own system and regional admins
/// manage it; the panel (and admins) comment; nobody else, and never anonymously.
@Suite struct CommitmentAccessTests {
    enum Who: String, CaseIterable, Sendable {
        case anonymous, admin, panel, systemLead, dataLead, networkLead

        var email: String? {
            switch self {
            case .anonymous: nil
            case .admin: TestAccounts.admin.0
            case .panel: TestAccounts.panel.0
            case .systemLead: TestAccounts.systemLead.0
            case .dataLead: TestAccounts.dataLeadT01.0
            case .networkLead: TestAccounts.networkLead.0
            }
        }
    }

    /// (system, form, who → status): 303 saved, 403 refused.
    static let forms: [(path: String, form: [String: String])] = [
        ("updates", ["text": "Progress."]),
        ("response", ["response": "partly-accept", "reason": "Budget."]),
        ("due-date", ["agreedDue": "2027-06-30", "reason": "Agreed."]),
        ("targets", ["measure": "relative-likelihood:2", "comparison": "<=", "value": "1.25", "year": "2027"]),
        ("comments", ["text": "The panel asks for a plan."]),
    ]

    static func expected(_ who: Who, path: String, system: String) -> UInt {
        let manages: Bool = switch who {
        case .admin: true
        case .systemLead: system == "S01"
        default: false
        }
        let comments = who == .admin || who == .panel
        return (path == "comments" ? comments : manages) ? 303 : 403
    }

    @Test(arguments: Who.allCases, ["S01", "S02"])
    func eachRoleChangesExactlyTheCommitmentsItMay(who: Who, system: String) async throws {
        try await withParity { app in
            // given
            try await CommitmentFixture.create(in: app)
            let id = try await CommitmentFixture.id(app, "Medium to long one", system)
            let browser = TestBrowser(app)
            if let email = who.email { try await browser.signIn(email) }
            for (path, form) in Self.forms {
                // when
                let response = try await browser.post("/commitments/\(id.uuidString)/\(path)", form: form)
                // then
                #expect(response.status.code == Self.expected(who, path: path, system: system), "\(who) \(path) \(system)")
            }
            let saved = Self.forms.filter { Self.expected(who, path: $0.path, system: system) == 303 }.count
            let changes = try await AuditEventRow.query(on: app.db).filter(\.$action ~~ ["commitment.updated", "commitment.responded", "commitment.due-agreed", "commitment.target-added", "commitment.commented"]).count()
            #expect(changes == saved, "\(who) \(system)")
        }
    }

    @Test func theFormsShowOnlyToThoseWhoMayUseThem() async throws {
        try await withParity { app in
            try await CommitmentFixture.create(in: app)
            let own = try await CommitmentFixture.id(app, "Short one", "S01")
            let other = try await CommitmentFixture.id(app, "Short one", "S02")
            let lead = TestBrowser(app)
            try await lead.signIn(TestAccounts.systemLead.0)
            let panel = TestBrowser(app)
            try await panel.signIn(TestAccounts.panel.0)
            #expect(try await lead.get("/commitments/\(own.uuidString)").body.string.contains("Post a progress update"))
            #expect(!(try await lead.get("/commitments/\(other.uuidString)").body.string.contains("Post a progress update")))
            let panelPage = try await panel.get("/commitments/\(own.uuidString)").body.string
            #expect(panelPage.contains("Add a panel comment"))
            #expect(!panelPage.contains("Post a progress update"))
            let public_ = try await TestBrowser(app).get("/commitments/\(own.uuidString)").body.string
            #expect(!public_.contains("<form method=\"post\" action=\"/commitments/"))
        }
    }

    @Test func aFormWithoutTheCSRFTokenIsRefused() async throws {
        try await withParity { app in
            try await CommitmentFixture.create(in: app)
            let id = try await CommitmentFixture.id(app, "Short one", "S01")
            let browser = TestBrowser(app)
            try await browser.signIn(TestAccounts.systemLead.0)
            let response = try await browser.post("/commitments/\(id.uuidString)/updates", form: ["text": "x"], csrf: nil)
            #expect(response.status == .forbidden)
            #expect(try await ProgressUpdateRow.query(on: app.db).count() == 0)
        }
    }

    @Test func everyChangeIsAuditedWithWhoAndBeforeAndAfter() async throws {
        try await withParity { app in
            // given
            try await CommitmentFixture.create(in: app)
            let id = try await CommitmentFixture.id(app, "Medium to long one", "S01")
            let lead = TestBrowser(app)
            try await lead.signIn(TestAccounts.systemLead.0)
            let panel = TestBrowser(app)
            try await panel.signIn(TestAccounts.panel.0)
            // when
            try await lead.post("/commitments/\(id.uuidString)/updates", form: ["text": "Interviews booked.", "state": "in-progress"])
            try await lead.post("/commitments/\(id.uuidString)/response", form: ["response": "decline", "reason": "Covered by the ICB's own post."])
            try await lead.post("/commitments/\(id.uuidString)/due-date", form: ["longMonths": "30", "reason": "National timetable."])
            try await lead.post("/commitments/\(id.uuidString)/targets", form: ["measure": "bme-senior-share", "comparison": ">=", "value": "15", "year": "2028"])
            try await panel.post("/commitments/\(id.uuidString)/comments", form: ["text": "Please reconsider."])
            // then
            let events = try await AuditEventRow.query(on: app.db).filter(\.$action ~~ AuditLog.Action.allCases.map(\.rawValue).filter { $0.hasPrefix("commitment.") }).sort(\.$action).all()
            #expect(events.map(\.action) == ["commitment.commented", "commitment.due-agreed", "commitment.responded", "commitment.target-added", "commitment.updated"])
            #expect(events.allSatisfy { $0.subject.hasPrefix("S01: Medium to long one") })
            #expect(events.first { $0.action == "commitment.commented" }?.actor == TestAccounts.panel.0)
            let update = try #require(events.first { $0.action == "commitment.updated" })
            #expect(update.actor == TestAccounts.systemLead.0)
            #expect(update.before?.contains("\"declared_state\":\"not-started\"") == true)
            #expect(update.after?.contains("\"declared_state\":\"in-progress\"") == true)
            let due = try #require(events.first { $0.action == "commitment.due-agreed" })
            #expect(due.before?.contains("\"due\":\"2027-02-28\"") == true)
            #expect(due.after?.contains("\"due\":\"2028-02-29\"") == true)
            #expect(events.first { $0.action == "commitment.responded" }?.after?.contains("\"response\":\"decline\"") == true)
            #expect(try await CommitmentFixture.document(app, id)["status"] as? String == "declined")
        }
    }
}
