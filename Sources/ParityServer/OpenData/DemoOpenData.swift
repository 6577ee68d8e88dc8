import Fluent
import Foundation

/// The demo region's open data: last cycle year, whose returns are all published, is closed,
/// so the open data page shows a frozen year with its digests beside the provisional ones.
struct DemoOpenData {
    let database: Database
    let now: Date

    func seed(closing year: Int) async throws {
        try await OpenDataStore(database: database).close(year: year, actor: "demo", now: now)
    }
}
