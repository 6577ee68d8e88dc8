import Fluent
import Foundation
import ParityCore
import Vapor

/// Loads what a page or report needs: for each reporting year, the structure in force on its
/// snapshot date, and either every scope's stored figures (`figures(years:)`) or the latest
/// returns of that year and the year before (`load(years:)`; indicator 3 pools two years) —
/// all read once per request.
struct IndicatorLoader {
    let database: Database
    /// The instance's memo of decoded stored figures; without one they are read and decoded
    /// on every call.
    var memo: StoredFiguresMemo?
    /// The request being answered, when there is one: the structures it reads are then kept
    /// for every reader while the public data is unchanged (`Request.publicData`; changes of
    /// structure and settings renew its stamp), rather than decoded again for each page.
    var request: Request?

    init(database: Database, memo: StoredFiguresMemo? = nil, request: Request? = nil) {
        self.database = database
        self.memo = memo
        self.request = request
    }

    struct YearData {
        var year: Int
        var structure: RegionStructure
        var counts: [ReturnKey: ReturnCounts]
        /// What each scope hides in public (`YearWithholding`); empty until attached.
        var withheld: [FigureScope: WithheldCounts] = [:]
    }

    /// Each of `years` with its structure, and the returns of `organisations` (every
    /// organisation when nil) for those years and the years before them.
    func load(years: [Int], organisations: Set<String>? = nil) async throws -> [Int: YearData] {
        guard !years.isEmpty else { return [:] }
        let snapshots = Dictionary(uniqueKeysWithValues: years.map { ($0, Calendar.utc.snapshotDate(year: $0)) })
        let structures = try await structures(asAt: Array(snapshots.values))
        let counts = try await ReturnStore(database: database).latestWRESCounts(years: Array(Set(years + years.map { $0 - 1 })), organisations: organisations)
        return Dictionary(uniqueKeysWithValues: years.map { ($0, YearData(year: $0, structure: structures[snapshots[$0]!]!, counts: counts)) })
    }

    func load(year: Int, organisations: Set<String>? = nil) async throws -> YearData {
        try await load(years: [year], organisations: organisations)[year]!
    }

    /// Each of `years` with its structure and its figures for the region, every system and
    /// `organisations` (every member when nil): the stored figures where they cover the year,
    /// otherwise computed from the counts as they were stored (a year with no returns, or a
    /// database not yet rebuilt after an upgrade).
    func figures(years: [Int], organisations: Set<String>? = nil) async throws -> [Int: FigureYear] {
        var result = try await figuresBeforeDisclosure(years: years, organisations: organisations)
        let withholding = YearWithholding(database: database)
        for year in result.keys { result[year]?.withheld = try await withholding.withheld(year: year) }
        return result
    }

    private func figuresBeforeDisclosure(years: [Int], organisations: Set<String>?) async throws -> [Int: FigureYear] {
        guard !years.isEmpty else { return [:] }
        let snapshots = Dictionary(uniqueKeysWithValues: years.map { ($0, Calendar.utc.snapshotDate(year: $0)) })
        let structures = try await structures(asAt: Array(snapshots.values))
        let stored = try await StoredFiguresReader(database: database, memo: memo).years(years)
        var result: [Int: FigureYear] = [:]
        for year in years {
            let structure = structures[snapshots[year]!]!
            if let figures = stored[year], figures.covers(structure, organisations: organisations) {
                result[year] = FigureYear(year: year, structure: structure, source: .stored(figures))
            }
        }
        let missing = years.filter { result[$0] == nil }
        for (year, data) in try await load(years: missing, organisations: organisations) {
            result[year] = FigureYear(year: year, structure: data.structure, source: .computed(data))
        }
        return result
    }

    func figures(year: Int, organisations: Set<String>? = nil) async throws -> FigureYear {
        try await figures(years: [year], organisations: organisations)[year]!
    }

    private func structures(asAt dates: [Date]) async throws -> [Date: RegionStructure] {
        guard let request else { return try await StructureStore(database: database).structures(asAt: dates) }
        return try await request.structures(asAt: dates)
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

/// One year's figures for every scope, before disclosure control.
struct FigureYear {
    var year: Int
    var structure: RegionStructure
    var source: Source
    /// What each scope hides in public: disclosure across the year's outputs (`YearWithholding`).
    var withheld: [FigureScope: WithheldCounts] = [:]

    enum Source {
        case stored(StoredYear)
        case computed(IndicatorLoader.YearData)
    }

    /// The scope's figures, or nil when the system did not exist that year.
    func figures(_ scope: ScopeReference) -> ScopeFigures? {
        var figures = undisclosedFigures(scope)
        figures?.withheld = withheld[scope.figureScope]
        figures?.membersWithheld = withheld.byOrganisation
        return figures
    }

    private func undisclosedFigures(_ scope: ScopeReference) -> ScopeFigures? {
        switch source {
        case let .computed(data): return data.figures(scope)
        case let .stored(stored):
            switch scope {
            case .region: return stored.figures[.region]?.figures(.region, name: structure.regionName)
            case let .system(code):
                guard let system = structure.system(code: code) else { return nil }
                return stored.figures[.system(code)]?.figures(.system(code), name: system.name)
            case let .organisation(entry):
                return stored.figures[.organisation(entry.code)]?.figures(.organisation(entry.code), name: entry.name)
            }
        }
    }
}
