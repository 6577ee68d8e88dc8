import Fluent
import Foundation
import ParityCore
import Testing
import VaporTesting
@testable import ParityServer

/// Two people save the same commitment, and the same body, at the same moment from pages read
/// at the same version: exactly one save wins, the other is refused with a page that shows
/// both what is saved now and what was sent; nothing is overwritten. On PostgreSQL (CI's
/// second run) the two transactions truly overlap, which a read-then-write check would let
/// both pass.
@Suite struct ConcurrentWritersTests {
    @Test func twoWritersOfOneCommitmentNeverBothWin() async throws {
        try await withParity { app in
            try await CommitmentFixture.create(in: app)
            let id = try await CommitmentFixture.id(app, "Medium one", "S01")
            let lead = TestBrowser(app)
            try await lead.signIn(TestAccounts.systemLead.0)
            let admin = TestBrowser(app)
            try await admin.signIn(TestAccounts.admin.0)
            let path = "/commitments/\(id.uuidString)/updates"
            async let first = lead.post(path, form: ["text": "Update from the lead.", "version": "1"])
            async let second = admin.post(path, form: ["text": "Update from the admin.", "version": "1"])
            let statuses = try await [first.status, second.status]
            #expect(statuses.sorted { $0.code < $1.code } == [.seeOther, .conflict])
            let updates = try await ProgressUpdateRow.query(on: app.db).all()
            #expect(updates.count == 1)
            #expect(try await CommitmentRow.find(id, on: app.db)?.version == 2)

            // The loser's page shows the winner's update as saved, and their own text as sent.
            let loser = try await (statuses[0] == .conflict ? first : second)
            let page = loser.body.string
            #expect(page.contains("Saved now") && page.contains("What you sent (not saved)"))
            #expect(page.contains(updates[0].text))
            #expect(page.contains(updates[0].text == "Update from the lead." ? "Update from the admin." : "Update from the lead."))
        }
    }

    @Test func anAPIClientGetsTheConflictAsAProblem() async throws {
        try await withParity { app in
            try await CommitmentFixture.create(in: app)
            let id = try await CommitmentFixture.id(app, "Medium one", "S01")
            let lead = TestBrowser(app)
            try await lead.signIn(TestAccounts.systemLead.0)
            try await lead.post("/commitments/\(id.uuidString)/updates", form: ["text": "First.", "version": "1"])
            let stale = try await lead.post("/commitments/\(id.uuidString)/response", form: ["response": "accept", "version": "1"])
            #expect(stale.status == .conflict)
            #expect(stale.body.string.contains("Latest update"))
            #expect(try await CommitmentRow.find(id, on: app.db)?.response == nil)
        }
    }
}
