import Fluent
import Foundation
import SQLKit

/// Optimistic concurrency as one atomic step: `UPDATE … SET version = v + 1 WHERE id = ? AND
/// version = v RETURNING id`. Reading the version and writing it separately would let two
/// writers that read the same version both pass the check on PostgreSQL; a single
/// compare-and-set lets exactly one win, the other's row count being zero. Call it inside the
/// transaction that then writes the change, so the change and the new version commit together.
enum VersionClaim {
    /// Claims version `expected + 1` of the row `id` of `schema`, or throws `StaleEdit` (built
    /// by `stale`, which reads what is saved now) when the row is no longer at `expected`.
    static func claim(_ schema: String, id: UUID, expected: Int, on database: Database,
                      stale: () async throws -> StaleEdit) async throws {
        guard let sql = database as? any SQLDatabase else {
            preconditionFailure("Parity runs on SQL databases only (SQLite, PostgreSQL)")
        }
        let claimed = try await sql.update(schema)
            .set("version", to: SQLBind(expected + 1))
            .where("id", .equal, SQLBind(id))
            .where("version", .equal, SQLBind(expected))
            .returning("id")
            .all()
        guard !claimed.isEmpty else { throw try await stale() }
    }
}
