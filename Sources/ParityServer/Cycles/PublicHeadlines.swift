import Fluent
import ParityCore

/// One organisation's headlines for one standard and year as the public pages show them
/// (latest public returns, the year's disclosure control): read before a revision is
/// accepted and after, to say what it changed (`HeadlineChange`).
struct PublicHeadlines {
    enum Reading {
        case wres(PublishedWRES)
        case wdes(PublishedWDES)
    }

    let database: Database
    let standard: Standard
    let year: Int
    let organisation: OrganisationEntry

    func read() async throws -> Reading? {
        switch standard {
        case .wres:
            let figures = try await IndicatorLoader(database: database).figures(year: year, organisations: [organisation.code]).figures(.organisation(organisation))
            return figures.map { .wres(PublishedWRES($0, policy: .publicRelease)) }
        case .wdes:
            let loaded = try await WDESLoader(database: database, withholding: YearWithholding(database: database)).load(years: [year], organisations: [organisation.code])
            return loaded[year]?.figures(.organisation(organisation)).map { .wdes(PublishedWDES($0, policy: .publicRelease)) }
        }
    }

    /// The headlines that differ now from `before`.
    func changes(from before: Reading?) async throws -> [HeadlineChange] {
        switch (before, try await read()) {
        case let (.wres(old)?, .wres(new)?): HeadlineChange.wres(before: old, after: new)
        case let (.wdes(old)?, .wdes(new)?): HeadlineChange.wdes(before: old, after: new)
        default: []
        }
    }
}
