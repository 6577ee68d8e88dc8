import Fluent
import Foundation
import SQLKit

/// Online backup and restore of an SQLite database (`parity backup` / `parity restore`).
/// PostgreSQL is backed up with its own tools (`pg_dump`, `pg_restore`), as docs/operations.md says.
///
/// Backup is `VACUUM INTO`: one consistent snapshot, taken while the server keeps serving.
/// Restore replaces every table's rows with the backup's in one transaction on the live
/// database (attached, then copied table by table), so it is all or nothing and a reader never
/// sees half a restore. A backup whose migrations differ from this version's is refused: its
/// tables would not match.
struct SQLiteBackup {
    let database: Database

    /// Writes a snapshot of the whole database to `path`, which must not exist yet.
    func backup(to path: String) async throws {
        guard !FileManager.default.fileExists(atPath: path) else {
            throw BackupError("\(path) already exists: choose a new file name, so no backup is overwritten.")
        }
        try await sql().raw("VACUUM INTO \(bind: path)").run()
    }

    /// Replaces the database's contents with the backup at `path`.
    func restore(from path: String) async throws {
        _ = try sql()
        guard FileManager.default.fileExists(atPath: path) else { throw BackupError("Cannot read \(path): no such file.") }
        try await database.withConnection { connection in
            let sql = connection as! any SQLDatabase
            do {
                try await sql.raw("ATTACH DATABASE \(bind: path) AS backup").run()
            } catch {
                throw BackupError("\(path) is not an SQLite database; nothing was restored.")
            }
            do {
                try await Self.copy(on: connection, path: path)
            } catch {
                try? await sql.raw("DETACH DATABASE backup").run()
                throw error
            }
            try await sql.raw("DETACH DATABASE backup").run()
        }
    }

    /// The names of every table of the database (or of the attached backup), sorted.
    static func tables(on sql: any SQLDatabase, schema: String = "main") async throws -> [String] {
        try await sql.raw("SELECT name FROM \(unsafeRaw: schema).sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").all()
            .map { try $0.decode(column: "name", as: String.self) }
    }

    private static func copy(on connection: Database, path: String) async throws {
        let sql = connection as! any SQLDatabase
        let live = try await tables(on: sql)
        let saved: [String]
        do {
            saved = try await tables(on: sql, schema: "backup")
        } catch {
            throw BackupError("\(path) is not an SQLite database; nothing was restored.")
        }
        guard saved.contains("_fluent_migrations") else { throw BackupError("\(path) is not a Parity backup: it has no migration log.") }
        let migrations = { (schema: String) in
            try await sql.raw("SELECT name FROM \(unsafeRaw: schema)._fluent_migrations ORDER BY name").all().map { try $0.decode(column: "name", as: String.self) }
        }
        let (ours, theirs) = (try await migrations("main"), try await migrations("backup"))
        guard ours == theirs, Set(live) == Set(saved) else {
            let missing = Set(ours).symmetricDifference(theirs).sorted().prefix(5).joined(separator: ", ")
            throw BackupError("\(path) was made by a different version of Parity (migrations differ: \(missing)). Restore it with that version, then upgrade.")
        }
        // Rows go in parent-first order only by chance, so foreign keys are checked once, at
        // the end, rather than row by row; the whole copy is one transaction.
        try await sql.raw("PRAGMA foreign_keys = OFF").run()
        do {
            try await sql.raw("BEGIN IMMEDIATE").run()
            for table in live {
                try await sql.raw("DELETE FROM main.\(ident: table)").run()
                try await sql.raw("INSERT INTO main.\(ident: table) SELECT * FROM backup.\(ident: table)").run()
            }
            let broken = try await sql.raw("PRAGMA main.foreign_key_check").all()
            guard broken.isEmpty else { throw BackupError("\(path) has \(broken.count) rows whose parent rows are missing; nothing was restored.") }
            // The backup's stored figures were computed by the version of Parity that made it.
            try await StoredFiguresWriter(database: connection).rebuild()
            try await sql.raw("COMMIT").run()
        } catch {
            try? await sql.raw("ROLLBACK").run()
            try? await sql.raw("PRAGMA foreign_keys = ON").run()
            throw error
        }
        try await sql.raw("PRAGMA foreign_keys = ON").run()
    }

    private func sql() throws -> any SQLDatabase {
        guard let sql = database as? any SQLDatabase, sql.dialect.name == "sqlite" else {
            throw BackupError("This database is PostgreSQL: back it up with pg_dump and restore it with pg_restore (see docs/security.md, Backup and restore).")
        }
        return sql
    }
}

/// Why a backup or restore could not be done; nothing was changed.
struct BackupError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
