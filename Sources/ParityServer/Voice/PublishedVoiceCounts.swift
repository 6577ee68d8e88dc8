import Fluent
import ParityCore

/// The region's published staff voice, counted and disclosed for every scope together
/// (`VoicePublication`): weighing every scope's counts at once is done once per change of the
/// public data (the database's `public-pages` stamp) and of the region's structure, by each
/// instance, not once per page.
struct PublishedVoiceCounts {
    let database: Database

    private static let memo = PublicDataMemo(keptUnread: .seconds(120))

    func publication(structure: RegionStructure) async throws -> VoicePublication {
        let stamp = try await ChangeStamps(database: database).stamp(.publicPages)
        return try await Self.memo.value("voice \(structure.hashValue)", version: PublicDataVersion(stamp: stamp, minute: 0)) {
            let rows = try await VoiceStore(database: database).published(systems: nil)
            return Self.publication(rows: rows, structure: structure)
        }
    }

    /// Counted over the region's latest four quarters with published experiences.
    static func publication(rows: [VoiceSubmissionRow], structure: RegionStructure) -> VoicePublication {
        let quarters = rows.map { VoiceWeek(rawValue: $0.week).map(Quarter.init) }
        let recent = Array(Set(quarters.compactMap { $0 }).sorted().suffix(4))
        let contributions = zip(rows, quarters).map { row, quarter in
            VoiceContribution(systemCode: row.systemCode, organisationCode: row.organisationCode,
                              period: quarter.flatMap { recent.contains($0) ? $0.label : nil },
                              themes: Set(VoiceThemeList.themes(row.themes)),
                              ethnicity: row.ethnicity.flatMap(VoiceEthnicity.init(rawValue:)),
                              disability: row.disability.flatMap(VoiceDisability.init(rawValue:)))
        }
        return VoicePublication(contributions: contributions, structure: structure, periods: recent.map(\.label))
    }
}
