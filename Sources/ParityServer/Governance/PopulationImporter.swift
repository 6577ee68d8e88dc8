import Fluent
import Foundation
import ParityCore

/// Imports population reference data and the areas each scope serves, all or nothing.
struct PopulationImporter {
    let database: Database
    let now: Date
    let auditName: String

    /// Replaces the figures of every area in the file; returns how many areas it holds.
    func importPopulation(_ bytes: [UInt8], fileName: String) async throws -> Int {
        let records = try PopulationFile.parse(csv: String(decoding: bytes, as: UTF8.self), fileName: fileName).get()
        let areas = Set(records.map(\.areaCode))
        try await database.transaction { database in
            try await PopulationRecordRow.query(on: database).filter(\.$areaCode ~~ areas).delete()
            for record in records {
                let row = PopulationRecordRow()
                (row.areaCode, row.areaName, row.group, row.count, row.source) = (record.areaCode, record.areaName, record.group.rawValue, record.count, record.source)
                try await row.create(on: database)
            }
            try await AuditLog(database: database, actor: auditName, now: now)
                .record(.populationImported, subject: fileName, after: ["areas": areas.count, "sources": Set(records.map(\.source)).count])
        }
        return areas.count
    }

    /// Adds the links in the file; returns how many were new.
    func importAreaLinks(_ bytes: [UInt8], fileName: String) async throws -> Int {
        let structure = try await StructureStore(database: database).structure(asAt: now)
        let scopes = Set(structure.systems.map(\.code) + structure.organisations.map(\.code) + ["region"])
        let areas = Set(try await PopulationRecordRow.query(on: database).all(\.$areaCode))
        let links = try AreaLinkFile.parse(bytes, fileName: fileName, knownScopes: scopes, knownAreas: areas).get()
        return try await database.transaction { database in
            let existing = Set(try await AreaLinkRow.query(on: database).all().map { AreaLink(scopeCode: $0.scopeCode, areaCode: $0.areaCode) })
            let new = links.filter { !existing.contains($0) }
            for link in new { try await AreaLinkRow(scopeCode: link.scopeCode, areaCode: link.areaCode).create(on: database) }
            try await AuditLog(database: database, actor: auditName, now: now).record(.areasLinked, subject: fileName, after: ["links": new.count])
            return new.count
        }
    }
}
