import Fluent

/// Stored figures pooled the latest version of every return, drafts included, while the API
/// and open data read only published returns, so a page minus a document gave an unpublished
/// return's counts away. Every public output now reads the published returns
/// (`PublishedReturns`), so figures stored before are dropped: readers compute them from the
/// counts until `StoredFiguresWriter` stores them again (`parity serve` rebuilds every figure
/// on start). A revert drops them too, as `115_DropStoredFiguresOfBlankAsZeroPools` does.
struct DropStoredFiguresOfUnpublishedReturns: AsyncMigration {
    var name: String { "119_DropStoredFiguresOfUnpublishedReturns" }

    func prepare(on database: Database) async throws {
        try await StoredFigureRow.query(on: database).delete()
        try await ChangeStamps(database: database).renewAll()
    }

    func revert(on database: Database) async throws {
        try await prepare(on: database)
    }
}
