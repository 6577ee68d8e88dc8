import Fluent

/// Stored figures keep each system's and the region's report as the pooling rule of the
/// version that stored them computed it. Issue 20 pools an organisation into a figure only
/// when it provided every count the figure needs (a blank is not a zero) and stores which
/// organisations each figure pools, so figures stored before are dropped: readers compute them
/// from the counts until `StoredFiguresWriter` stores them again (`parity serve` rebuilds
/// every figure on start). A revert drops them too, as `114_DropStoredFiguresOfOldSurveyRule` does.
struct DropStoredFiguresOfBlankAsZeroPools: AsyncMigration {
    var name: String { "115_DropStoredFiguresOfBlankAsZeroPools" }

    func prepare(on database: Database) async throws {
        try await StoredFigureRow.query(on: database).delete()
        try await ChangeStamps(database: database).renewAll()
    }

    func revert(on database: Database) async throws {
        try await prepare(on: database)
    }
}
