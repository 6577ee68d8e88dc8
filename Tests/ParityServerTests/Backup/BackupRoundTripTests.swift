import Fluent
import Foundation
import ParityCore
import SQLKit
import Testing
import VaporTesting
@testable import ParityServer

/// `parity backup` then `parity restore` gives back every table exactly, compared row by row
/// with SQL's EXCEPT both ways; a bad backup changes nothing. SQLite only: PostgreSQL is
/// backed up with pg_dump (the PostgreSQL run of these tests skips them). The stored figures
/// are recomputed on restore and the change stamps renewed, so those two tables are compared
/// by which figures and stamps they hold.
@Suite struct BackupRoundTripTests {
    @Test func aRestoredDatabaseEqualsTheBackupInEveryTable() async throws {
        try await withParity { app in
            guard let sql = app.db as? any SQLDatabase, sql.dialect.name == "sqlite" else { return }
            try await CycleFixture.create(in: app)
            _ = try await CycleFixture.signOff(app, "T01", as: TestAccounts.dataLeadT01.0)
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("parity-backup-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(at: folder) }
            let path = folder.appendingPathComponent("before.sqlite").path
            try await SQLiteBackup(database: app.db).backup(to: path)
            #expect(try await differences(app, path).isEmpty)

            // Change things: a new return version, a deleted cycle (and its submissions), a new user.
            _ = try await ReturnImporter(database: app.db, now: testNow, actor: .commandLine, auditName: "test")
                .importFile(try fixture("two-organisations-2026.csv"), fileName: "again.csv", changeReason: "Checked again.")
            try await ReportingCycleRow.query(on: app.db).delete()
            try await UserRow(email: "new@test.invalid", displayName: "New", passwordHash: "x", createdAt: testNow).create(on: app.db)
            let changed = try await differences(app, path)
            #expect(Set(changed).isSuperset(of: ["return_versions", "reporting_cycles", "cycle_submissions", "users"]), "\(changed)")

            try await SQLiteBackup(database: app.db).restore(from: path)
            #expect(try await differences(app, path).isEmpty)
            #expect(try await ReportingCycleRow.query(on: app.db).count() == 1)
        }
    }

    @Test func aBadBackupIsRefusedAndChangesNothing() async throws {
        try await withParity { app in
            guard let sql = app.db as? any SQLDatabase, sql.dialect.name == "sqlite" else { return }
            try await CycleFixture.create(in: app)
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("parity-backup-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(at: folder) }
            let notSQLite = folder.appendingPathComponent("notes.txt").path
            try Data("not a database".utf8).write(to: URL(fileURLWithPath: notSQLite))
            await #expect(throws: BackupError.self) { try await SQLiteBackup(database: app.db).restore(from: notSQLite) }
            await #expect(throws: BackupError.self) { try await SQLiteBackup(database: app.db).backup(to: notSQLite) }
            await #expect(throws: BackupError.self) { try await SQLiteBackup(database: app.db).restore(from: folder.appendingPathComponent("missing").path) }
            #expect(try await ReturnVersionRow.query(on: app.db).count() == 2)
            #expect(try await ReportingCycleRow.query(on: app.db).count() == 1)
        }
    }

    /// The tables whose rows differ between the live database and the backup at `path`.
    private func differences(_ app: Application, _ path: String) async throws -> [String] {
        try await app.db.withConnection { connection in
            let sql = connection as! any SQLDatabase
            try await sql.raw("ATTACH DATABASE \(bind: path) AS snapshot").run()
            var differing: [String] = []
            let derived: [String: String] = [StoredFigureRow.schema: "standard, scope, code, year", ChangeStampRow.schema: "topic"]
            for table in try await SQLiteBackup.tables(on: sql) {
                let count = { (query: SQLQueryString) in try await sql.raw(query).first()!.decode(column: "n", as: Int.self) }
                let columns = derived[table] ?? "*"
                let missing = try await count("SELECT count(*) AS n FROM (SELECT \(unsafeRaw: columns) FROM main.\(ident: table) EXCEPT SELECT \(unsafeRaw: columns) FROM snapshot.\(ident: table))")
                let extra = try await count("SELECT count(*) AS n FROM (SELECT \(unsafeRaw: columns) FROM snapshot.\(ident: table) EXCEPT SELECT \(unsafeRaw: columns) FROM main.\(ident: table))")
                let sizes = try await count("SELECT (SELECT count(*) FROM main.\(ident: table)) - (SELECT count(*) FROM snapshot.\(ident: table)) AS n")
                if missing + extra != 0 || sizes != 0 { differing.append(table) }
            }
            try await sql.raw("DETACH DATABASE snapshot").run()
            return differing
        }
    }
}
