import Foundation
import Testing
import VaporTesting
@testable import ParityServer

/// Withdrawn staff voice is gone from the database's files, not only from its tables (issue 19):
/// SQLite keeps deleted rows in free pages and in its write-ahead log unless told otherwise.
@Suite struct WithdrawnVoiceTests {
    @Test func aWithdrawnExperiencesTextIsNotInTheDatabaseFiles() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("parity-withdraw-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("parity.sqlite").path
        let marker = "the quartermaster refused my secondment application without reason"
        try await withParity(adjust: { $0.database = .sqliteFile(path: path) }) { app in
            // given an experience shared and then withdrawn
            try await TestRegion.create(on: app.db)
            let slug = try await VoiceStore(database: app.db).link(system: "S01", now: testNow).slug
            let staff = TestBrowser(app)
            let code = try await StaffVoiceTests.share(staff, slug: slug, text: "I was passed over: \(marker).")
            #expect(try Self.contents(path).contains(marker), "the test looks where the text was")
            // when
            let withdrawn = try await staff.post("/receipt/withdraw", fields: [("code", code), ("confirm", "yes")], csrf: nil)
            // then
            #expect(withdrawn.status == .ok)
            #expect(!(try Self.contents(path)).contains(marker))
        }
    }

    /// The database file and its write-ahead log, as text.
    private static func contents(_ path: String) throws -> String {
        let files = [path, path + "-wal"].filter { FileManager.default.fileExists(atPath: $0) }
        return try files.map { String(decoding: try Data(contentsOf: URL(fileURLWithPath: $0)), as: UTF8.self) }.joined()
    }
}
