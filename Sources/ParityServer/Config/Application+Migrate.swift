import Fluent
import SQLKit
import Vapor

extension Application {
    /// A number no other code uses for a PostgreSQL advisory lock: "PARI" in ASCII. The lock's
    /// second key is the schema's, so instances of one deployment take turns while
    /// deployments (and test runs) in other schemas of the same database do not wait for them.
    private static let startLock: Int32 = 0x5041_5249

    /// Runs `work` (migrating, seeding the demo) while no other instance on the same database
    /// does. On PostgreSQL several instances starting together (issue 21) take turns under an
    /// advisory lock held on one connection: the first migrates, the others find nothing left
    /// to do, so each migration runs exactly once; likewise only one seeds an empty database.
    /// `work` runs on other connections of the pool, so this needs at least 2 per event loop;
    /// with 1 the instances must not start together (a warning says so). SQLite has one
    /// writer per file, and one instance.
    func exclusively(connectionsPerLoop: Int, _ work: @escaping @Sendable () async throws -> Void) async throws {
        guard let sql = db as? any SQLDatabase, sql.dialect.name == "postgresql" else { return try await work() }
        guard connectionsPerLoop >= 2 else {
            logger.warning("PARITY_DB_CONNECTIONS=1: starting without the lock that lets instances start together")
            return try await work()
        }
        try await db.withConnection { connection in
            let lock = connection as! any SQLDatabase
            try await lock.raw("SELECT pg_advisory_lock(\(literal: Self.startLock), hashtext(current_schema()))").run()
            do {
                try await work()
            } catch {
                try? await lock.raw("SELECT pg_advisory_unlock(\(literal: Self.startLock), hashtext(current_schema()))").run()
                throw error
            }
            try await lock.raw("SELECT pg_advisory_unlock(\(literal: Self.startLock), hashtext(current_schema()))").run()
        }
    }
}
