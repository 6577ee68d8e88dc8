import Vapor
import Fluent
import Foundation
import ParityCore

/// Imports a return file: validates every row against the contract, then writes one new
/// version per organisation and year in a single transaction. An invalid file writes nothing.
struct ReturnImporter {
    let database: Database
    let now: Date
    /// Who is importing: each organisation in the file must be one they may import for.
    let actor: ParityCore.Actor
    /// How the audit log names them.
    let auditName: String

    func importFile(_ bytes: [UInt8], fileName: String) async throws -> ImportReceipt {
        let context = ReturnValidationContext(
            knownOrganisations: try await StructureStore(database: database).organisationCodes(),
            currentYear: Calendar.utc.component(.year, from: now)
        )
        let rows = try ReturnFileParser().parse(bytes, fileName: fileName, context: context).get()
        guard !rows.isEmpty else {
            throw ParityError.invalidInput("\(fileName) has no counts to import: every count is blank. Fill in the counts you have and upload it again.")
        }
        try await authorise(organisations: Set(rows.map(\.organisation)))
        let source = ImportSource(name: fileName, bytes: bytes.count, sha256: SHA256.hash(data: bytes).hexString)
        return try await write(Dictionary(grouping: rows, by: \.returnKey), source: source)
    }

    private func authorise(organisations: Set<String>) async throws {
        let structure = try await StructureStore(database: database).structure(asAt: now)
        let refused = organisations.sorted().filter {
            !AccessPolicy.decide(actor, .importReturn, .organisation(code: $0, systemCode: structure.organisation(code: $0)?.systemCode)).isAllowed
        }
        guard refused.isEmpty else {
            throw ParityError.forbidden("You may not import returns for \(refused.joined(separator: ", ")): only that organisation's data leads and regional admins may. Nothing was saved.")
        }
    }

    private func write(_ returns: [ReturnKey: [ReturnRow]], source: ImportSource) async throws -> ImportReceipt {
        try await database.transaction { database in
            var imported: [ImportedVersion] = []
            for (key, rows) in returns.sorted(by: { $0.key < $1.key }) {
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
                    rowCount: rows.count, counts: try ReturnCountsCoding.encode(rows)
                )
                try await version.create(on: database)
                try await AuditLog(database: database, actor: auditName, now: now).record(
                    .returnImported, subject: "\(key.organisation) \(key.standard.rawValue) \(key.year) version \(previous + 1)",
                    after: ImportAuditRecord(source: source, rows: rows.count)
                )
                imported.append(ImportedVersion(key: key, version: previous + 1, rows: rows.count))
            }
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
        let lines = versions.map { "\($0.key.organisation) \($0.key.standard.rawValue) \($0.key.year): version \($0.version), \($0.rows) rows" }
        return "Imported \(fileName): \(versions.count) return\(versions.count == 1 ? "" : "s").\n" + lines.joined(separator: "\n")
    }
}

struct ImportedVersion: Sendable, Encodable {
    var key: ReturnKey
    var version: Int
    var rows: Int
}
