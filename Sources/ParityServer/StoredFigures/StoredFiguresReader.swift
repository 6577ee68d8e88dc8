import Fluent
import ParityCore
import SQLKit

/// Reads stored figures by year, through the instance's memo when it has one: one small read
/// of the `figures` stamp tells whether what the memo holds is still current, so a page reads
/// decoded figures from memory until a change anywhere (on any instance) renews the stamp.
struct StoredFiguresReader {
    let database: Database
    var memo: StoredFiguresMemo?

    /// The stored figures of those of `years` that have any.
    func years(_ years: [Int]) async throws -> [Int: StoredYear] {
        guard !years.isEmpty else { return [:] }
        let stamp = try await ChangeStamps(database: database).stamp(.figures)
        var found = memo?.years(years, stamp: stamp) ?? [:]
        let missing = years.filter { found[$0] == nil }
        guard !missing.isEmpty else { return found }
        let (loaded, loadedStamp) = try await load(missing)
        if let loadedStamp, loadedStamp != stamp {
            // The figures changed since the stamp was read: read every year again at once, so
            // one page never mixes figures from before and after a change.
            let (all, allStamp) = try await load(years)
            if let allStamp { memo?.remember(all, stamp: allStamp) }
            return all
        }
        if let loadedStamp { memo?.remember(loaded, stamp: loadedStamp) }
        found.merge(loaded) { _, new in new }
        return found
    }

    /// The rows of `years`, with the stamp read in the same statement, so the two agree.
    private func load(_ years: [Int]) async throws -> ([Int: StoredYear], Int?) {
        let sql = database as! any SQLDatabase
        let rows = try await sql.raw("""
            SELECT f.scope, f.code, f.year, f.payload, s.stamp FROM \(ident: StoredFigureRow.schema) f, \(ident: ChangeStampRow.schema) s
            WHERE s.topic = \(bind: ChangeStamps.Topic.figures.rawValue) AND f.standard = \(bind: Standard.wres.rawValue) AND f.year IN (\(binds: years))
            """).all()
        var loaded: [Int: StoredYear] = [:]
        var stamp: Int?
        for row in rows {
            guard let kind = ScopeKind(rawValue: try row.decode(column: "scope", as: String.self)) else { continue }
            let scope = FigureScope(kind: kind, code: try row.decode(column: "code", as: String.self))
            let year = try row.decode(column: "year", as: Int.self)
            loaded[year, default: StoredYear(figures: [:])].figures[scope] = try StoredScopeFigures.decode(try row.decode(column: "payload", as: String.self))
            stamp = try row.decode(column: "stamp", as: Int.self)
        }
        return (loaded, stamp)
    }
}
