import Vapor
import Fluent
import Foundation
import ParityCore
import ParityWorkbook

/// Imports a return file (CSV, or the return workbook as .xlsx): validates every row against the contract, then writes one new
/// version per organisation, standard and year in a single transaction. An invalid file
/// writes nothing. A WRES version carries its race × disability rows with it, and a WDES
/// version its metric 9b narrative.
struct ReturnImporter {
    let database: Database
    let now: Date
    /// Who is importing: each organisation in the file must be one they may import for.
    let actor: ParityCore.Actor
    /// How the audit log names them.
    let auditName: String

    /// - Parameters:
    ///   - narrative: WDES metric 9b's narrative, for a file holding one WDES return.
    ///   - changeReason: why a signed-off return is changed; required for one, since the new
    ///     version reopens its sign-off (`CycleStore.recordChange`).
    func importFile(_ bytes: [UInt8], fileName: String, narrative: String? = nil, changeReason: String? = nil) async throws -> ImportReceipt {
        do {
            let receipt = try await importChecked(bytes, fileName: fileName, narrative: narrative, changeReason: changeReason)
            MetricsRegistry.shared.increment("parity_imports_total", ["result": "imported"])
            return receipt
        } catch {
            MetricsRegistry.shared.increment("parity_imports_total", ["result": "rejected"])
            throw error
        }
    }

    private func importChecked(_ bytes: [UInt8], fileName: String, narrative: String?, changeReason: String?) async throws -> ImportReceipt {
        var context = ReturnValidationContext(
            knownOrganisations: try await StructureStore(database: database).organisationCodes(),
            currentYear: Calendar.utc.component(.year, from: now)
        )
        context.importerOrganisations = actor.ledOrganisations
        // A workbook is read sheet by sheet into the rows a CSV file holds, then checked alike.
        let parser = ReturnFileParser()
        let file = try (XLSXReader.looksLikeZIP(bytes)
            ? parser.parseXLSX(bytes, fileName: fileName, context: context)
            : parser.parseFile(bytes, fileName: fileName, context: context)).get()
        guard !file.isEmpty else {
            throw ParityError.invalidInput("\(fileName) has no counts to import: every count is blank. Fill in the counts you have and upload it again.")
        }
        let returns = try Self.returns(in: file, fileName: fileName, narrative: narrative)
        try await authorise(organisations: Set(file.returnKeys.map(\.organisation)))
        let source = ImportSource(name: fileName, bytes: bytes.count, sha256: SHA256.hash(data: bytes).hexString)
        return try await write(returns, source: source, changeReason: changeReason)
    }

    /// One whole return: what a new version stores.
    struct WholeReturn {
        var key: ReturnKey
        var rows: Int
        var counts: String
        var intersectionCounts: String?
        /// The indicators (or metrics) the file has no rows for: not provided in this version.
        var notProvided: String?
    }

    /// - Parameter keptNarratives: WDES metric 9b narratives carried over from earlier versions.
    static func returns(in file: ParsedReturnFile, fileName: String, narrative: String?, keptNarratives: [ReturnKey: String] = [:]) throws -> [WholeReturn] {
        let wres = Dictionary(grouping: file.wres, by: \.returnKey)
        let wdes = Dictionary(grouping: file.wdes, by: \.returnKey)
        let intersection = Dictionary(grouping: file.intersection, by: \.returnKey)
        let narrative = narrative?.trimmingCharacters(in: .whitespacesAndNewlines)
        if let narrative, !narrative.isEmpty, wdes.count != 1 {
            throw ParityError.invalidInput("A metric 9b narrative belongs to one WDES return, but \(fileName) holds \(wdes.count). Upload each organisation's WDES return on its own with its narrative.")
        }
        if let orphan = intersection.keys.sorted().first(where: { wres[$0] == nil }) {
            throw ParityError.invalidInput("\(fileName) has race × disability rows for \(orphan.organisation) \(orphan.year) but none of its WRES rows. A new version replaces the whole return, so upload its WRES rows in the same file.")
        }
        return try file.returnKeys.map { key in
            switch key.standard {
            case .wres:
                let rows = wres[key] ?? []
                let extra = intersection[key] ?? []
                return WholeReturn(key: key, rows: rows.count + extra.count, counts: try ReturnCountsCoding.encode(rows),
                                   intersectionCounts: try IntersectionCountsCoding.encode(extra),
                                   notProvided: ReturnCoverage.missing(wres: Set(rows.map(\.indicator))))
            case .wdes:
                let rows = wdes[key] ?? []
                return WholeReturn(key: key, rows: rows.count,
                                   counts: try WDESCountsCoding.encode(rows, narrative: narrative.flatMap { $0.isEmpty ? nil : $0 } ?? keptNarratives[key]),
                                   notProvided: ReturnCoverage.missing(wdes: Set(rows.map(\.metric))))
            }
        }
    }

    func authorise(organisations: Set<String>) async throws {
        let structure = try await StructureStore(database: database).structure(asAt: now)
        let refused = organisations.sorted().filter {
            !AccessPolicy.decide(actor, .importReturn, .organisation(code: $0, systemCode: structure.organisation(code: $0)?.systemCode)).isAllowed
        }
        guard refused.isEmpty else {
            throw ParityError.forbidden("You may not import returns for \(refused.joined(separator: ", ")): only that organisation's data leads and regional admins may. Nothing was saved.")
        }
    }

    func write(_ returns: [WholeReturn], source: ImportSource, changeReason: String?) async throws -> ImportReceipt {
        try await database.transaction { database in
            var imported: [ImportedVersion] = []
            for whole in returns.sorted(by: { $0.key < $1.key }) {
                let key = whole.key
                guard let organisation = try await StructureStore(database: database).organisation(code: key.organisation) else {
                    throw ParityError.notFound("Organisation \(key.organisation) is not known.")
                }
                let previous = try await ReturnVersionRow.query(on: database)
                    .filter(\.$organisation.$id == organisation.id!)
                    .filter(\.$standard == key.standard.rawValue)
                    .filter(\.$year == key.year)
                    .max(\.$version) ?? 0
                let version = ReturnVersionRow(
                    organisationID: organisation.id!, standard: key.standard.rawValue, year: key.year,
                    version: previous + 1, importedAt: now, source: source,
                    rowCount: whole.rows, counts: whole.counts, intersectionCounts: whole.intersectionCounts
                )
                try await version.create(on: database)
                try await CycleStore(database: database).recordChange(key, version: previous + 1, reason: changeReason, actor: auditName, now: now)
                try await AuditLog(database: database, actor: auditName, now: now).record(
                    .returnImported, subject: "\(key.organisation) \(key.standard.rawValue) \(key.year) version \(previous + 1)",
                    after: ImportAuditRecord(source: source, rows: whole.rows)
                )
                imported.append(ImportedVersion(key: key, version: previous + 1, rows: whole.rows, notProvided: whole.notProvided))
            }
            try await StoredFiguresWriter(database: database).refresh(after: imported.map(\.key))
            return ImportReceipt(fileName: source.name, versions: imported)
        }
    }
}

/// What the audit log keeps of an import: the file's name, size and checksum.
struct ImportAuditRecord: Encodable {
    var source: ImportSource
    var rows: Int
}

/// What an import wrote: one new version per organisation, standard and year in the file.
struct ImportReceipt: Sendable, Encodable {
    var fileName: String
    var versions: [ImportedVersion]

    var summary: String {
        let lines = versions.map { "\($0.key.organisation) \($0.key.standard.rawValue) \($0.key.year): version \($0.version), \($0.rows) rows" + ($0.warning.map { ". \($0)" } ?? "") }
        return "Imported \(fileName): \(versions.count) return\(versions.count == 1 ? "" : "s").\n" + lines.joined(separator: "\n")
    }
}

struct ImportedVersion: Sendable, Encodable {
    var key: ReturnKey
    var version: Int
    var rows: Int
    var notProvided: String?

    /// Said before sign-off: a version holds only what its file holds.
    var warning: String? {
        notProvided.map {
            let noun = key.standard == .wres ? "indicator" : "metric"
            let plural = $0.contains(",") || $0.contains("–") ? "s" : ""
            return "This file has no rows for \(noun)\(plural) \($0); \(plural.isEmpty ? "it" : "they") will show as not provided"
        }
    }
}
