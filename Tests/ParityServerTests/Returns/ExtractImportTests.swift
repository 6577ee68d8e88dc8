import Fluent
import Foundation
import ParityCore
import SQLKit
import Testing
import VaporTesting
@testable import ParityServer

/// `parity import extract`: a person-level extract becomes new return versions like a return
/// file, keeps what the extract does not cover, and stores no person's row.
@Suite struct ExtractImportTests {
    private static let header = "assignment_number," + ExtractColumn.headerLine

    /// Writes an extract to a temporary file and reads it as the command does.
    private func read(_ lines: [String]) throws -> (ExtractFile, ExtractFile.Reading) {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("extract-\(UUID().uuidString).csv").path
        try ([Self.header] + lines).joined(separator: "\n").write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let file = ExtractFile(path: path)
        return (file, try file.read(acceptedYears: 2014...2027, checksum: true, progress: nil))
    }

    private static let t01Staff = [
        "P-SENTINEL-0001,T01,2026,clinical,band-5,A,N,N,Y,N,N,",
        "P-SENTINEL-0002,T01,2026,clinical,band-5,N,Y,N,N,N,Y,",
        "P-SENTINEL-0003,T01,2026,clinical,band-5,LH,N,N,N,N,Y,",
        "P-SENTINEL-0004,T01,2026,clinical,band-5,H,N,Y,Y,N,Y,",
    ]

    @Test func anExtractBecomesANewVersionThatKeepsTheIndicatorsItDoesNotCover() async throws {
        try await withParity { app in
            // given
            try await TestRegion.create(on: app.db)
            let importer = ReturnImporter(database: app.db, now: testNow, actor: .commandLine, auditName: "test")
            _ = try await importer.importFile(try fixture("two-organisations-2026.csv"), fileName: "first.csv")
            let (file, reading) = try read(Self.t01Staff)
            // when
            let receipt = try await importer.importExtract(reading, fileName: file.fileName, changeReason: nil)
            // then
            #expect(receipt.versions.map { "\($0.key.organisation) \($0.key.standard.rawValue) \($0.version)" } == ["T01 WDES 1", "T01 WRES 2"])
            let counts = try #require(try await ReturnStore(database: app.db).latestWRESCounts(years: [2026])[ReturnKey(organisation: "T01", year: 2026, standard: .wres)])
            #expect(counts[1, .headcount(.clinical, .band5), .bme] == 2)
            #expect(counts[1, .headcount(.clinical, .band5), .white] == 1)
            #expect(counts[3, .enteredDisciplinary, .white] == 1)
            #expect(counts[4, .accessedTraining, .bme] == 2)
            #expect(counts[2, .shortlisted, .white] == 400, "indicator 2 is kept from version 1")
            let wdes = try #require(try await ReturnStore(database: app.db).latestWDESCounts(years: [2026])[ReturnKey(organisation: "T01", year: 2026, standard: .wdes)])
            #expect(wdes.values[WDESCountKey(metric: .representation, measure: .clusterHeadcount(.clinical, .afc5to7), group: .disabled)] == 1)
            let t02 = try await ReturnVersionRow.query(on: app.db).filter(\.$standard == "WRES").all().filter { $0.version == 2 }
            #expect(t02.count == 1, "only T01, which the extract covers, has a new version")
            let audit = try await AuditEventRow.query(on: app.db).filter(\.$action == AuditLog.Action.returnImported.rawValue).count()
            #expect(audit == 4)
        }
    }

    @Test func storesNoPersonsRow() async throws {
        try await withParity { app in
            try await TestRegion.create(on: app.db)
            let (file, reading) = try read(Self.t01Staff)
            _ = try await ReturnImporter(database: app.db, now: testNow, actor: .commandLine, auditName: "test")
                .importExtract(reading, fileName: file.fileName, changeReason: nil)
            guard let sql = app.db as? any SQLDatabase, sql.dialect.name == "sqlite" else { return }
            let tables = try await sql.raw("SELECT name FROM sqlite_master WHERE type = 'table'").all().map { try $0.decode(column: "name", as: String.self) }
            var cellsRead = 0
            for table in tables {
                for row in try await sql.raw("SELECT * FROM \(ident: table)").all() {
                    for column in row.allColumns {
                        guard let text = (try? row.decode(column: column, as: String?.self)) ?? nil else { continue }
                        cellsRead += text.contains("T01") ? 1 : 0
                        #expect(!text.contains("SENTINEL"), "\(table).\(column) holds a person's row")
                    }
                }
            }
            #expect(cellsRead > 0, "the scan reads the stored text")
        }
    }

    @Test func anUnknownOrganisationIsNamedAtItsFirstRowAndNothingIsWritten() async throws {
        try await withParity { app in
            try await TestRegion.create(on: app.db)
            let (file, reading) = try read(Self.t01Staff + ["P5,ZZZ9,2026,clinical,band-5,A,N,N,N,N,N,"])
            let error = await #expect(throws: ImportFailure.self) {
                try await ReturnImporter(database: app.db, now: testNow, actor: .commandLine, auditName: "test")
                    .importExtract(reading, fileName: file.fileName, changeReason: nil)
            }
            #expect(error?.issues.map(\.description) == ["\(file.fileName):6:organisation: organisation ZZZ9 is not an organisation Parity knows. Check the code, or ask a regional admin to add the organisation."])
            #expect(try await ReturnVersionRow.query(on: app.db).count() == 0)
        }
    }

    @Test func aFileWithABadRowIsRefusedWithItsLocation() throws {
        #expect(throws: ImportFailure.self) { _ = try read(Self.t01Staff + ["P5,T01,2026,clinical,band-5,Q,N,N,N,N,N,"]) }
        do {
            _ = try read(Self.t01Staff + ["P5,T01,2026,clinical,band-5,Q,N,N,N,N,N,"])
        } catch let failure as ImportFailure {
            #expect(failure.issues.first?.description.contains(":6:ethnic_category:") == true)
        } catch {
            Issue.record("unexpected \(error)")
        }
    }
}
