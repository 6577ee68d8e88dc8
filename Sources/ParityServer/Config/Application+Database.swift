import Fluent
import FluentPostgresDriver
import FluentSQLiteDriver
import SQLKit
import Vapor

extension Application {
    /// Connects Fluent to the configured database. The choice lives in ``DatabaseChoice``
    /// and nowhere else.
    func useDatabase(_ choice: DatabaseChoice, connectionsPerLoop: Int) throws {
        switch choice {
        case let .sqliteFile(path):
            databases.use(.sqlite(.file(path), sqlLogLevel: .trace), as: .sqlite)
        case .sqliteMemory:
            databases.use(.sqlite(.memory, sqlLogLevel: .trace), as: .sqlite)
        case let .postgres(url, schema):
            var configuration = try SQLPostgresConfiguration(url: url)
            if let schema { configuration.searchPath = [schema] }
            databases.use(.postgres(configuration: configuration, maxConnectionsPerEventLoop: connectionsPerLoop, sqlLogLevel: .trace), as: .psql)
        }
    }

    /// How long an SQLite connection waits for another writer before giving up.
    static let sqliteBusyTimeoutMilliseconds = 5_000

    /// Readies the database before migrating: an SQLite file switches to write-ahead logging
    /// (kept in the file), so a running server's readers and a command's import do not block
    /// each other, and a crash mid-write leaves the last committed state; its connections
    /// overwrite what they delete (`secure_delete`), so withdrawn staff voice leaves no trace in
    /// the file's free pages; PostgreSQL gets the schema Parity was told to live in, if it is
    /// missing.
    func prepareDatabase(_ choice: DatabaseChoice) async throws {
        guard let sql = db as? any SQLDatabase else { return }
        switch choice {
        case .sqliteFile:
            try await sql.raw("PRAGMA journal_mode=WAL").run()
            // Each event loop keeps its own connection: each waits for another writer (a
            // command's import beside the server) instead of failing at once with "busy".
            for loop in eventLoopGroup.makeIterator() {
                guard let connection = databases.database(logger: logger, on: loop) as? any SQLDatabase else { continue }
                try await connection.raw("PRAGMA busy_timeout = \(unsafeRaw: "\(Self.sqliteBusyTimeoutMilliseconds)")").run()
                try await connection.raw("PRAGMA secure_delete = ON").run()
            }
        case let .postgres(_, schema?):
            try await sql.raw("CREATE SCHEMA IF NOT EXISTS \(ident: schema)").run()
        case .sqliteMemory, .postgres(_, nil):
            break
        }
    }
}

extension Database {
    /// Copies SQLite's write-ahead log into the database file and empties it, so that rows
    /// just deleted survive in neither; nothing to do on PostgreSQL or in memory.
    func checkpointLog() async throws {
        guard let sql = self as? any SQLDatabase, sql.dialect.name == "sqlite" else { return }
        try await sql.raw("PRAGMA wal_checkpoint(TRUNCATE)").run()
    }
}
