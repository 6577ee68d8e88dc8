import Fluent
import Foundation
import ParityCore

/// Builds a year's open data (issue 9): the WRES and WDES figures of the region, every system
/// and every organisation with a published return, computed from published returns only
/// (`PublishedReturns`) and under the public disclosure rule, as the API documents them.
struct OpenDataDocument {
    let database: Database

    /// The years with at least one published return, newest first.
    func years() async throws -> [Int] {
        let store = ReturnStore(database: database)
        let candidates = Array(Set(try await store.years(standard: .wres) + store.years(standard: .wdes)))
        let published = PublishedReturns(database: database)
        let wres = try await published.versions(.wres, years: candidates).keys.map(\.year)
        let wdes = try await published.versions(.wdes, years: candidates).keys.map(\.year)
        return Set(wres + wdes).sorted(by: >)
    }

    /// The year's document; `closedOn` is the day the region closed it, nil while provisional.
    func make(year: Int, closedOn: Date?) async throws -> JSONValue {
        // The loaders read the published returns, as every public output does.
        var wres = try await IndicatorLoader(database: database).load(year: year)
        guard var wdes = try await WDESLoader(database: database).load(years: [year])[year] else { throw ParityError.notFound("No figures for \(year).") }
        let withheld = try await YearWithholding(database: database).withheld(year: year)
        (wres.withheld, wdes.withheld) = (withheld, withheld)
        // Which version of each return is published: the document names them.
        let published = PublishedReturns(database: database)
        let versions = try await [Standard.wres, .wdes].asyncMap { try await published.versions($0, years: [year]) }
        let reporting = Set(versions.flatMap(\.keys).map(\.organisation))

        let structure = wres.structure
        var scopes: [JSONValue] = [scope(.region, kind: "region", code: nil, name: structure.regionName, system: nil, wres: wres, wdes: wdes)]
        for system in structure.systems.sorted(by: { $0.code < $1.code }) where system.organisations.contains(where: { reporting.contains($0.code) }) {
            scopes.append(scope(.system(system.code), kind: "system", code: system.code, name: system.name, system: nil, wres: wres, wdes: wdes))
        }
        for organisation in structure.organisations.sorted(by: { $0.code < $1.code }) where reporting.contains(organisation.code) {
            scopes.append(scope(.organisation(organisation), kind: "organisation", code: organisation.code, name: organisation.name,
                                system: organisation.systemCode, wres: wres, wdes: wdes))
        }
        var returns: [String: JSONValue] = [:]
        for (standard, chosen) in zip([Standard.wres, .wdes], versions) {
            returns[standard.rawValue] = .object(Dictionary(uniqueKeysWithValues: chosen.map { ($0.key.organisation, JSONValue.integer($0.value.version)) }))
        }
        return .object([
            "dataset": .string("Parity open data: workforce race and disability equality figures"),
            "region": .string(structure.regionName),
            "year": .integer(year),
            "status": .string(closedOn == nil ? "provisional" : "closed"),
            "closed_on": closedOn.map { .string(ISODay.format($0)) } ?? .null,
            "publication_rule": .string(Self.publicationRule),
            "disclosure_rule": .string(DisclosurePolicy.publicRelease.ruleDescription),
            "published_return_versions": .object(returns),
            "revisions": .array(try await revisions(year: year, closedOn: closedOn).map(RevisionDocument.make)),
            "scopes": .array(scopes),
        ])
    }

    /// The revisions a year's release notes (issue 20): those of the year's own returns, and
    /// those of earlier years accepted after their release was closed (and before this one
    /// was), which their frozen files cannot show.
    private func revisions(year: Int, closedOn: Date?) async throws -> [ReturnRevisionRow] {
        let closed = try await OpenDataReleaseRow.query(on: database).field(\.$id).field(\.$year).field(\.$closedAt).filter(\.$year < year).all()
        let frozenOn = Dictionary(closed.map { ($0.year, $0.closedAt) }, uniquingKeysWith: { first, _ in first })
        let accepted = try await ReturnRevisionRow.query(on: database).filter(\.$year <= year).sort(\.$acceptedAt).all()
        return accepted.filter { revision in
            if revision.year == year { return true }
            guard let frozen = frozenOn[revision.year] else { return false }
            return revision.acceptedAt > frozen && closedOn.map { revision.acceptedAt <= $0 } ?? true
        }
    }

    static let publicationRule = "Figures are computed only from returns the region has published: for a standard and year with a reporting cycle, "
        + "the version signed off and published in it, or a later correction once the region accepted it (while a correction is made or "
        + "reviewed, the version public before it); for a year without a reporting cycle, the latest version. Systems and the region pool the "
        + "published returns of their organisations. A closed year's files never change: a revision of its returns accepted later is listed "
        + "in `revisions` of the next year's release."

    private func scope(_ reference: ScopeReference, kind: String, code: String?, name: String, system: String?,
                       wres: IndicatorLoader.YearData, wdes: WDESLoader.YearData) -> JSONValue {
        let policy = DisclosurePolicy.publicRelease
        let wresDocument = wres.figures(reference).map { PublishedWRES($0, policy: policy) }.flatMap { $0.hasData ? WRESDocument.make($0) : nil }
        let wdesDocument: JSONValue? = wdes.figures(reference).flatMap { figures in
            let published = PublishedWDES(figures, policy: policy)
            let intersection = wdes.intersection(reference, disclosure: policy)
            guard published.hasData else { return nil }
            return WDESDocument.make(WDESReportQuery.Result(figures: published, intersection: intersection?.hasData == true ? intersection : nil))
        }
        return .object([
            "scope": .string(kind),
            "code": .string(code ?? "region"),
            "name": .string(name),
            "system": .string(system),
            "wres": wresDocument ?? .null,
            "wdes": wdesDocument ?? .null,
        ])
    }
}
