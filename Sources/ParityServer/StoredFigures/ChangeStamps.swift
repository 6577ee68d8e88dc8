import Fluent
import SQLKit

/// Reads and renews the database's change stamps (`ChangeStampRow`).
struct ChangeStamps {
    enum Topic: String {
        /// The stored WRES figures; renewed by `StoredFiguresWriter` with every rewrite.
        case figures
        /// Everything the public pages read; renewed by database triggers
        /// (`AddPublicPageTriggers`) and by `StoredFiguresWriter`.
        case publicPages = "public-pages"
    }

    let database: Database

    /// A new random stamp: 53 bits, so it survives any database's integer and float types.
    static func newStamp() -> Int { Int.random(in: 1...(1 << 53)) }

    func stamp(_ topic: Topic) async throws -> Int {
        let row = try await sql.select().column("stamp").from(ChangeStampRow.schema).where("topic", .equal, topic.rawValue).first()
        guard let row else { throw ChangeStampMissing(topic: topic.rawValue) }
        return try row.decode(column: "stamp", as: Int.self)
    }

    /// Gives both stamps new values, `publicPages` first. Inside a transaction on PostgreSQL
    /// this also locks their rows until it commits, so two writers rewriting stored figures
    /// take turns (the second then reads what the first wrote); every path takes the two in
    /// this order, so they cannot deadlock.
    func renewAll() async throws {
        for topic in [Topic.publicPages, .figures] {
            try await sql.update(ChangeStampRow.schema).set("stamp", to: Self.newStamp()).where("topic", .equal, topic.rawValue).run()
        }
    }

    private var sql: any SQLDatabase { database as! any SQLDatabase }
}

/// The migration that creates the stamps did not run: Parity cannot tell what is current.
struct ChangeStampMissing: Error, CustomStringConvertible {
    var topic: String
    var description: String { "The change stamp \(topic) is missing from the database; run parity migrate." }
}
