import Fluent
import Foundation
import ParityCore
import Testing
import VaporTesting
@testable import ParityServer

/// Two data leads upload the same return at the same moment: each upload either becomes the
/// next version or is refused plainly (409, or 503 to try again) — never a server error, and
/// versions stay consecutive with no number used twice.
@Suite struct ConcurrentImportTests {
    @Test func simultaneousUploadsNeverCollide() async throws {
        try await withParity { app in
            try await TestRegion.create(on: app.db)
            try await TestAccounts.create(in: app)
            let file = try fixture("two-organisations-2026.csv")
            let browsers = [TestBrowser(app), TestBrowser(app), TestBrowser(app)]
            for browser in browsers { try await browser.signIn(TestAccounts.admin.0) }
            let statuses = try await withThrowingTaskGroup(of: HTTPResponseStatus.self) { group in
                for browser in browsers { group.addTask { try await browser.upload(file, fileName: "two.csv").status } }
                return try await group.reduce(into: []) { $0.append($1) }
            }
            #expect(statuses.allSatisfy { [.ok, .conflict, .serviceUnavailable].contains($0) }, "\(statuses)")
            let imported = statuses.filter { $0 == .ok }.count
            #expect(imported >= 1)
            let versions = try await ReturnVersionRow.query(on: app.db).filter(\.$standard == "WRES").all()
            for (_, rows) in Dictionary(grouping: versions, by: { $0.$organisation.id }) {
                #expect(rows.map(\.version).sorted() == Array(1...imported))
            }
        }
    }
}
