import Foundation
import NIOPosix
import ParityCore
import SQLKit
import Testing
import VaporTesting
@testable import ParityServer

/// The clock every server test runs at: after the 2026 snapshot date, so the demo region's
/// latest year is 2026.
let testNow = ISO8601DateFormatter().date(from: "2026-11-29T12:00:00Z")!

/// Runs `body` against a new Parity application with its own fresh, migrated database:
/// in-memory SQLite by default, or a schema of its own in PostgreSQL when `DATABASE_URL`
/// names one (dropped afterwards).
func withParity(demo: Bool = false, adjust: (inout ParityConfig) -> Void = { _ in }, _ body: (Application) async throws -> Void) async throws {
    let app = try await Application.make(.testing)
    // A blocking pool of its own: SQLite waits for a lock by spinning on a pool thread, and on
    // NIO's shared pool (a thread a core) two tests' waiting connections could take every
    // thread from the connections they wait for, and hang the whole run.
    app.threadPool = NIOThreadPool(numberOfThreads: 4)
    app.now = { testNow }
    // A test may choose a database of its own (a SQLite file, say): only the one used is dropped.
    var database = try testDatabase()
    do {
        var config = ParityConfig(database: database, seedsDemoWhenEmpty: demo, passwordCost: 4)
        adjust(&config)
        database = config.database
        try await configure(app, config: config)
        try await body(app)
    } catch {
        try? await dropSchema(database, app: app)
        try await app.asyncShutdown()
        throw error
    }
    do {
        try await dropSchema(database, app: app)
    } catch {
        // An application left running crashes the whole test process as it goes away.
        try await app.asyncShutdown()
        throw error
    }
    try await app.asyncShutdown()
}

private func testDatabase() throws -> DatabaseChoice {
    guard let url = ProcessInfo.processInfo.environment["DATABASE_URL"], url.hasPrefix("postgres") else {
        return .sqliteMemory
    }
    return .postgres(url: url, schema: "test_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased().prefix(16))
}

private func dropSchema(_ database: DatabaseChoice, app: Application) async throws {
    guard case let .postgres(_, schema?) = database, let sql = app.db as? any SQLDatabase else { return }
    try await sql.raw("DROP SCHEMA IF EXISTS \(ident: schema) CASCADE").run()
}

/// Reads a fixture file's bytes from the test bundle.
func fixture(_ name: String) throws -> [UInt8] {
    let url = try #require(Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Fixtures"))
    return Array(try Data(contentsOf: url))
}
