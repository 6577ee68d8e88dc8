import Foundation
import ParityCore

extension IndicatorLoader {
    /// Every reporting year's structure and latest returns, for trends. Each year uses the
    /// membership in force on its own snapshot date.
    func loadAllYears(_ years: [Int]) async throws -> [YearData] {
        guard let oldest = years.min() else { return [] }
        let counts = try await ReturnStore(database: database).latestCounts(standard: .wres, years: Array(Set(years + [oldest - 1])))
        var result: [YearData] = []
        for year in years.sorted() {
            let structure = try await StructureStore(database: database).structure(asAt: Calendar.utc.snapshotDate(year: year))
            result.append(YearData(year: year, structure: structure, counts: counts))
        }
        return result
    }
}
