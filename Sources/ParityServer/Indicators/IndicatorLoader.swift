import Fluent
import Foundation
import ParityCore

/// Loads what a page or report needs: for each reporting year, the structure in force on its
/// snapshot date, and the latest returns of that year and the year before (indicator 3 pools
/// two years) — all read once per request.
struct IndicatorLoader {
    let database: Database

    struct YearData {
        var year: Int
        var structure: RegionStructure
        var counts: [ReturnKey: ReturnCounts]
    }

    /// Each of `years` with its structure, and the returns of `organisations` (every
    /// organisation when nil).
    func load(years: [Int], organisations: Set<String>? = nil) async throws -> [Int: YearData] {
        guard let oldest = years.min() else { return [:] }
        let snapshots = Dictionary(uniqueKeysWithValues: years.map { ($0, Calendar.utc.snapshotDate(year: $0)) })
        let structures = try await StructureStore(database: database).structures(asAt: Array(snapshots.values))
        let counts = try await ReturnStore(database: database).latestWRESCounts(years: Array(Set(years + [oldest - 1])), organisations: organisations)
        return Dictionary(uniqueKeysWithValues: years.map { ($0, YearData(year: $0, structure: structures[snapshots[$0]!]!, counts: counts)) })
    }

    func load(year: Int, organisations: Set<String>? = nil) async throws -> YearData {
        try await load(years: [year], organisations: organisations)[year]!
    }

    /// The years with returns, newest first, and the one to show: the requested year when it
    /// has data, otherwise the newest.
    func years(requested: Int?) async throws -> (all: [Int], chosen: Int?) {
        let years = try await ReturnStore(database: database).years(standard: .wres)
        if let requested, years.contains(requested) { return (years, requested) }
        if let requested, requested < 2014 || requested > 2100 {
            throw ParityError.invalidInput("There is no reporting year \(requested).")
        }
        return (years, requested ?? years.first)
    }
}
