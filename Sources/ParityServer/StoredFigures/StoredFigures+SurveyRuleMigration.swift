import Fluent

/// Stored figures keep each survey indicator's flag as the rule of the version that stored
/// them decided it. Issue 28 flags indicators 5–8 by the relative likelihood's band instead of
/// by significance alone, and stores that relative likelihood with them, so figures stored
/// before are dropped: readers compute what is missing from the counts until
/// `StoredFiguresWriter` stores it again (`parity serve` rebuilds every figure on start). A
/// revert drops them too, since figures stored by this rule would be wrong for the old one.
struct DropStoredFiguresOfOldSurveyRule: AsyncMigration {
    var name: String { "114_DropStoredFiguresOfOldSurveyRule" }

    func prepare(on database: Database) async throws {
        try await Self.drop(on: database)
    }

    func revert(on database: Database) async throws {
        try await Self.drop(on: database)
    }

    private static func drop(on database: Database) async throws {
        try await StoredFigureRow.query(on: database).delete()
        try await ChangeStamps(database: database).renewAll()
    }
}
