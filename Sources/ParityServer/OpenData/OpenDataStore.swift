import Fluent
import Foundation
import ParityCore

/// The years of open data and their files. A provisional year's files are computed on each
/// request from the returns published so far; closing a year computes them once more and
/// stores those bytes, which are then served for good (issue 9: files for a closed year
/// never change).
struct OpenDataStore {
    let database: Database

    /// One year on the open data page.
    struct Year {
        var year: Int
        /// The stored release, without its files, once the year is closed.
        var release: OpenDataReleaseRow?
    }

    /// Every year with published returns or a closed release, newest first.
    func years() async throws -> [Year] {
        let releases = try await Self.withoutFiles(OpenDataReleaseRow.query(on: database)).all()
        let byYear = Dictionary(releases.map { ($0.year, $0) }, uniquingKeysWith: { first, _ in first })
        let years = Set(try await OpenDataDocument(database: database).years()).union(byYear.keys)
        return years.sorted(by: >).map { Year(year: $0, release: byYear[$0]) }
    }

    /// The year's files: the stored bytes of a closed year, or freshly computed ones.
    func files(year: Int) async throws -> (files: OpenDataFiles, isClosed: Bool) {
        if let release = try await OpenDataReleaseRow.query(on: database).filter(\.$year == year).first() {
            return (OpenDataFiles(json: release.json, csv: release.csv), true)
        }
        guard try await OpenDataDocument(database: database).years().contains(year) else {
            throw ParityError.notFound("There is no open data for \(year): no return of that year has been published.")
        }
        return (try OpenDataFiles(try await OpenDataDocument(database: database).make(year: year, closedOn: nil)), false)
    }

    /// Closes `year`: its files are computed from the returns published now, stored, and served
    /// unchanged from then on. Refused when the year is already closed, has no published
    /// return, or a cycle of the year has not reached its publication day.
    @discardableResult
    func close(year: Int, actor: String, now: Date) async throws -> OpenDataReleaseRow {
        if let existing = try await Self.withoutFiles(OpenDataReleaseRow.query(on: database).filter(\.$year == year)).first() {
            throw ParityError.conflict("Open data for \(year) was closed on \(DisplayDate.date(existing.closedAt)); its files never change.")
        }
        guard try await OpenDataDocument(database: database).years().contains(year) else {
            throw ParityError.invalidInput("There is no open data for \(year) to close: no return of that year has been published.")
        }
        for cycle in try await ReportingCycleRow.query(on: database).filter(\.$year == year).all() where !cycle.cycle.isPublicationOpen(today: now) {
            throw ParityError.invalidInput("The \(cycle.cycle.name) cycle publishes from \(DisplayDate.date(cycle.publication)): close \(year) once its returns can be published.")
        }
        let files = try OpenDataFiles(try await OpenDataDocument(database: database).make(year: year, closedOn: now))
        return try await database.transaction { database in
            let release = OpenDataReleaseRow(year: year, closedAt: now, closedBy: actor, files: files)
            do {
                try await release.create(on: database)
            } catch let error as any DatabaseError where error.isConstraintFailure {
                throw ParityError.conflict("Open data for \(year) was closed by someone else just now; its files never change.")
            }
            try await AuditLog(database: database, actor: actor, now: now).record(
                .openDataClosed, subject: "Open data \(year)", after: ["csvSHA256": files.csvSHA256, "jsonSHA256": files.jsonSHA256])
            return release
        }
    }

    /// The query reading a release's facts but not its files, which may be megabytes.
    private static func withoutFiles(_ query: QueryBuilder<OpenDataReleaseRow>) -> QueryBuilder<OpenDataReleaseRow> {
        query.field(\.$id).field(\.$year).field(\.$closedAt).field(\.$closedBy)
            .field(\.$csvSHA256).field(\.$csvBytes).field(\.$jsonSHA256).field(\.$jsonBytes)
    }
}
