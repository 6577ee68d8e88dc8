import Fluent
import FluentPostgresDriver
import FluentSQLiteDriver
import SQLKit
import Vapor

extension Application {
    /// Connects Fluent to the configured database. The choice lives in ``DatabaseChoice``
    /// and nowhere else.
    func useDatabase(_ choice: DatabaseChoice) throws {
        switch choice {
        case let .sqliteFile(path):
            databases.use(.sqlite(.file(path), sqlLogLevel: .trace), as: .sqlite)
        case .sqliteMemory:
            databases.use(.sqlite(.memory, sqlLogLevel: .trace), as: .sqlite)
        case let .postgres(url, schema):
            var configuration = try SQLPostgresConfiguration(url: url)
            if let schema { configuration.searchPath = [schema] }
            databases.use(.postgres(configuration: configuration, sqlLogLevel: .trace), as: .psql)
        }
    }

    /// Creates the PostgreSQL schema Parity was told to live in, if it is missing.
    func prepareDatabase(_ choice: DatabaseChoice) async throws {
        guard case let .postgres(_, schema?) = choice, let sql = db as? any SQLDatabase else { return }
        try await sql.raw("CREATE SCHEMA IF NOT EXISTS \(ident: schema)").run()
    }
}
