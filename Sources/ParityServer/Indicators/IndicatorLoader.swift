import Fluent
import Foundation
import ParityCore

/// Loads what a page or report needs for one year: the structure in force on the year's
/// snapshot date and the latest returns of that year and the year before (indicator 3 pools
/// two years).
struct IndicatorLoader {
    let database: Database

    struct YearData {
        var year: Int
        var structure: RegionStructure
        var counts: [ReturnKey: ReturnCounts]
    }

    func load(year: Int) async throws -> YearData {
        let structure = try await StructureStore(database: database).structure(asAt: Calendar.utc.snapshotDate(year: year))
        let counts = try await ReturnStore(database: database).latestCounts(standard: .wres, years: [year, year - 1])
        return YearData(year: year, structure: structure, counts: counts)
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
