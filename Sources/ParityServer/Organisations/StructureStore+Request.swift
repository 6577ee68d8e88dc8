import Foundation
import ParityCore
import Vapor

extension Request {
    /// The structure in force on each date, kept for every reader while the public data is
    /// unchanged (`publicData`: changes of systems, organisations, memberships and settings
    /// renew its stamp), so pages do not decode the whole structure again for each request.
    func structures(asAt dates: [Date]) async throws -> [Date: RegionStructure] {
        let key = "structures as at " + dates.map { String($0.timeIntervalSince1970) }.sorted().joined(separator: ",")
        return try await publicData(key) { try await StructureStore(database: db).structures(asAt: dates) }
    }

    func structure(asAt date: Date) async throws -> RegionStructure {
        try await structures(asAt: [date])[date]!
    }

    /// The structure in force now: as at the first request of the minute, like every figure of
    /// the public pages that follows the clock.
    func currentStructure() async throws -> RegionStructure {
        try await publicData("structure now") { try await StructureStore(database: db).structure(asAt: now) }
    }
}
