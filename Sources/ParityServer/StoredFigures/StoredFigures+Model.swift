import Fluent
import Foundation

/// One scope's WRES figures for one year, computed from the latest returns and kept so that
/// pages read them instead of recomputing the region on every request (issue 10). Rewritten in
/// the transaction of every change that makes it stale (`StoredFiguresWriter`). The figures are
/// kept before disclosure control, which every reader applies for its own audience.
final class StoredFigureRow: Model, @unchecked Sendable {
    static let schema = "stored_figures"

    @ID var id: UUID?
    @Field(key: "standard") var standard: String
    /// `ScopeKind`: organisation, system or region.
    @Field(key: "scope") var scope: String
    /// The organisation's or system's code, or "region".
    @Field(key: "code") var code: String
    @Field(key: "year") var year: Int
    /// `StoredScopeFigures` as JSON.
    @Field(key: "payload") var payload: String

    init() {}

    init(standard: String, scope: String, code: String, year: Int, payload: String) {
        self.standard = standard
        self.scope = scope
        self.code = code
        self.year = year
        self.payload = payload
    }
}

/// A stamp that changes whenever what it covers changes, so each instance can tell from one
/// small read whether what it computed earlier still holds. Stamps are random rather than
/// counted, so a restored backup can never bring back a stamp that now means different data.
final class ChangeStampRow: Model, @unchecked Sendable {
    static let schema = "change_stamps"

    @ID(custom: "topic", generatedBy: .user) var id: String?
    @Field(key: "stamp") var stamp: Int

    init() {}

    init(topic: String, stamp: Int) {
        self.id = topic
        self.stamp = stamp
    }
}
