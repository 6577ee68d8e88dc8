import Fluent
import ParityCore

/// Keeps `stored_figures` equal to what the returns give. Every change that makes figures
/// stale recomputes them in its own transaction, so no reader sees a return without its
/// figures; and the database itself drops figures a change makes stale
/// (`AddChangeTriggers`), so a writer that does not recompute leaves figures missing — read
/// from the counts until recomputed — never wrong. The figures are computed by the same code
/// that computes them from the counts on demand (`IndicatorLoader.YearData.figures`).
struct StoredFiguresWriter {
    let database: Database

    /// Recomputes, in the caller's transaction, every scope's figures in the years that new
    /// versions of the returns `keys` feed (`FigureRefresh`).
    func refresh(after keys: [ReturnKey]) async throws {
        let years = FigureRefresh.years(reading: keys.filter { $0.standard == .wres })
        guard !years.isEmpty else { return }
        try await ChangeStamps(database: database).renewAll()
        try await recompute(years)
    }

    /// After which returns the public reads in `year` changed without a new version: a
    /// publication, or a new cycle (whose year then shows only what it publishes).
    func refresh(_ standard: Standard, year: Int) async throws {
        guard standard == .wres else { return }
        try await ChangeStamps(database: database).renewAll()
        try await recompute(FigureRefresh.years(withReturns: [year]))
    }

    /// Recomputes every stored figure: after a change of structure (which organisations a
    /// system pools, in any year), a restore, or when a new version of Parity starts.
    func rebuild() async throws {
        try await ChangeStamps(database: database).renewAll()
        try await StoredFigureRow.query(on: database).filter(\.$standard == Standard.wres.rawValue).delete()
        try await recompute(FigureRefresh.years(withReturns: try await ReturnStore(database: database).years(standard: .wres)))
    }

    private func recompute(_ years: Set<Int>) async throws {
        guard !years.isEmpty else { return }
        try await StoredFigureRow.query(on: database).filter(\.$standard == Standard.wres.rawValue).filter(\.$year ~~ years).delete()
        let loaded = try await IndicatorLoader(database: database).load(years: Array(years))
        let known = try await StructureStore(database: database).organisationCodes()
        for year in years.sorted() {
            let data = loaded[year]!
            let rows = try FigureRefresh.everyScope(in: data.structure, organisations: known).sorted().compactMap { scope -> StoredFigureRow? in
                guard let figures = data.figures(Self.reference(scope)) else { return nil }
                return StoredFigureRow(standard: Standard.wres.rawValue, scope: scope.kind.rawValue, code: scope.code, year: year,
                                       payload: try StoredScopeFigures(figures).encoded())
            }
            for start in stride(from: 0, to: rows.count, by: Self.rowsPerStatement) {
                try await Array(rows[start..<min(start + Self.rowsPerStatement, rows.count)]).create(on: database)
            }
        }
    }

    /// Rows written per statement, well inside both databases' limits on bound values.
    private static let rowsPerStatement = 200

    /// The scope to compute; names are not stored, so an organisation needs only its code.
    private static func reference(_ scope: FigureScope) -> ScopeReference {
        switch scope.kind {
        case .region: .region
        case .system: .system(scope.code)
        case .organisation: .organisation(OrganisationEntry(code: scope.code, name: "", systemCode: ""))
        }
    }
}
