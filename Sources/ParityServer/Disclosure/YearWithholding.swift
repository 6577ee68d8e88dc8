import Fluent
import ParityCore
import Vapor

/// Disclosure control across every public output of a year (issue 19): the counts each scope
/// hides so that none from 1 to 4 can be seen or worked out by adding and subtracting what the
/// pages, the API and open data publish together (`YearDisclosure`). Computed from the WRES
/// and WDES figures of the region, every system and every member organisation, from the
/// returns every public output reads (`PublishedReturns`), and kept by the instance until
/// the public data changes.
struct YearWithholding {
    let database: Database

    /// The process's memo of years' disclosure: deciding what a year hides weighs every
    /// scope's counts together, so it is done once per change of the public data (the
    /// database's `public-pages` stamp, drawn at random, so two databases never share one),
    /// not once per page, nor once a minute as the pages' memo is.
    private static let memo = PublicDataMemo(keptUnread: .seconds(120))

    /// Each scope's hidden counts in `year`.
    func withheld(year: Int) async throws -> [FigureScope: WithheldCounts] {
        let stamp = try await ChangeStamps(database: database).stamp(.publicPages)
        return try await Self.memo.value("\(year)", version: PublicDataVersion(stamp: stamp, minute: 0)) {
            try await compute(year: year)
        }
    }

    private func compute(year: Int) async throws -> [FigureScope: WithheldCounts] {
        let wres = try await IndicatorLoader(database: database).load(year: year)
        guard let wdes = try await WDESLoader(database: database).load(years: [year])[year] else { return [:] }
        return Self.withheld(structure: wres.structure, wres: wres.figures, wdes: wdes.figures, intersections: wdes.intersections, year: year)
    }

    /// Each scope's hidden counts under the public rule, given every scope's figures and the
    /// organisations' race × disability counts.
    static func withheld(structure: RegionStructure, wres: (ScopeReference) -> ScopeFigures?, wdes: (ScopeReference) -> WDESScopeFigures?,
                         intersections: [ReturnKey: IntersectionCounts], year: Int) -> [FigureScope: WithheldCounts] {
        let scopes = [ScopeReference.region] + structure.systems.map { .system($0.code) } + structure.organisations.map { .organisation($0) }
        var wresReports: [FigureScope: WRESReport] = [:]
        var wdesReports: [FigureScope: WDESReport] = [:]
        var tables: [FigureScope: [(name: String, counts: [IntersectionGroup: Int])]] = [:]
        for scope in scopes {
            wresReports[scope.figureScope] = wres(scope)?.report
            wdesReports[scope.figureScope] = wdes(scope)?.report
            let pooled = IntersectionRollUp.pooledCounts(members: scope.members(in: structure).map(\.code), year: year, counts: intersections)
            if pooled.reporting > 0 { tables[scope.figureScope] = IntersectionEngine.tables(current: pooled.current, previous: pooled.previous) }
        }
        return YearDisclosure(wres: wresReports, wdes: wdesReports, intersections: tables, structure: structure).withheld(policy: .publicRelease)
    }
}

extension ScopeReference {
    /// The scope as stored figures and the year's disclosure name it.
    var figureScope: FigureScope {
        switch self {
        case .region: .region
        case let .system(code): .system(code)
        case let .organisation(entry): .organisation(entry.code)
        }
    }
}
