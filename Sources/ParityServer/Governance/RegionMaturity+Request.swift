import ParityCore
import Vapor

extension Request {
    /// The region's governance maturity as it stands now, computed once for every reader while
    /// the public data is unchanged (changes of bodies and members renew its stamp). Who may
    /// see which figures of it is decided where it is shown.
    func regionMaturity() async throws -> (region: [MaturityCell], systems: [(SystemEntry, [MaturityCell])]) {
        let structure = try await currentStructure()
        return try await publicData("maturity") { try await GovernanceStore(database: db).maturity(structure: structure, today: now) }
    }
}
