import Fluent
import Foundation
import ParityCore

extension ReturnImporter {
    /// Imports the counts of a staff-record extract as new versions of the returns it covers,
    /// exactly like a return file: the same validation, versions and audit. Each new version
    /// takes the extract's indicators and keeps the rest (indicator 2, the Staff Survey ones,
    /// the 9b narrative…) from the return's latest version, read in the same transaction.
    func importExtract(_ reading: ExtractFile.Reading, fileName: String, changeReason: String?) async throws -> ImportReceipt {
        do {
            let receipt = try await importExtractChecked(reading, fileName: fileName, changeReason: changeReason)
            MetricsRegistry.shared.increment("parity_imports_total", ["result": "imported"])
            return receipt
        } catch {
            MetricsRegistry.shared.increment("parity_imports_total", ["result": "rejected"])
            throw error
        }
    }

    private func importExtractChecked(_ reading: ExtractFile.Reading, fileName: String, changeReason: String?) async throws -> ImportReceipt {
        let known = try await StructureStore(database: database).organisationCodes()
        let unknown = reading.tally.firstRows.filter { !known.contains($0.key) }.sorted { $0.value < $1.value }
        guard unknown.isEmpty else {
            let issues = unknown.prefix(ImportLimits.standard.maximumIssues).map {
                ImportIssue(file: fileName, row: $0.value, column: ExtractColumn.organisation.rawValue, kind: .unknownOrganisation,
                            message: "organisation \($0.key) is not an organisation Parity knows. Check the code, or ask a regional admin to add the organisation.")
            }
            throw ImportFailure(file: fileName, issues: Array(issues), omittedCount: max(unknown.count - issues.count, 0))
        }
        let keys = reading.tally.returnKeys
        try await authorise(organisations: Set(keys.map(\.organisation)))
        let context = ReturnValidationContext(knownOrganisations: known, currentYear: Calendar.utc.component(.year, from: now))
        let source = ImportSource(name: fileName, bytes: reading.bytes, sha256: reading.sha256 ?? "")
        return try await database.transaction { database in
            var rows = reading.tally.rows()
            let previous = try await PreviousReturns(database: database).rows(of: keys)
            rows.keep(previous.rows, replacing: reading.tally)
            let file = try ReturnFileParser().parseFile(rows.csv, fileName: "\(fileName) (as return rows)", context: context).get()
            let returns = try Self.returns(in: file, fileName: fileName, narrative: nil, keptNarratives: previous.narratives)
            return try await ReturnImporter(database: database, now: now, actor: actor, auditName: auditName)
                .write(returns, source: source, changeReason: changeReason)
        }
    }
}

/// The latest versions of the returns an extract covers, as rows again.
private struct PreviousReturns {
    let database: Database

    func rows(of keys: [ReturnKey]) async throws -> (rows: ExtractRows, narratives: [ReturnKey: String]) {
        let store = ReturnStore(database: database)
        let years = Array(Set(keys.map(\.year)))
        let organisations = Set(keys.map(\.organisation))
        let wanted = Set(keys)
        var rows = ExtractRows()
        var narratives: [ReturnKey: String] = [:]
        for (key, version) in try await store.latest(standard: .wres, years: years, organisations: organisations) where wanted.contains(key) {
            rows.wres += try ReturnCountsCoding.rows(version.counts, key: key)
            if let text = version.intersectionCounts {
                rows.intersection += try IntersectionCountsCoding.decode(text).values.map {
                    IntersectionReturnRow(organisation: key.organisation, year: key.year, indicator: $0.key.indicator,
                                          measure: $0.key.measure, group: $0.key.group, count: $0.value)
                }
            }
        }
        for (key, version) in try await store.latest(standard: .wdes, years: years, organisations: organisations) where wanted.contains(key) {
            let counts = try WDESCountsCoding.decode(version.counts)
            rows.wdes += counts.values.map {
                WDESReturnRow(organisation: key.organisation, year: key.year, metric: $0.key.metric, measure: $0.key.measure, group: $0.key.group, count: $0.value)
            }
            narratives[key] = counts.voiceNarrative
        }
        return (rows, narratives)
    }
}
