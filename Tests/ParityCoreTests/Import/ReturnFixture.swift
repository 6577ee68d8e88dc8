import Foundation
import Testing
@testable import ParityCore

/// Loads the small return files under `Fixtures/returns/` (WRES) and `Fixtures/wdes/` (WDES
/// and race × disability) and parses them with a fixed context.
enum ReturnFixture {
    /// Two fictional organisations; 2025 accepts years 2014–2026.
    static let context = ReturnValidationContext(knownOrganisations: ["DEMO1", "DEMO2"], currentYear: 2025)

    static func bytes(_ name: String, folder: String = "returns") throws -> [UInt8] {
        let url = try #require(Bundle.module.url(forResource: name, withExtension: "csv", subdirectory: "Fixtures/\(folder)"))
        return try [UInt8](Data(contentsOf: url))
    }

    static func issues<Rows>(_ result: Result<Rows, ImportFailure>) -> [ImportIssue] {
        guard case let .failure(failure) = result else { return [] }
        return failure.issues
    }

    /// Parses with `parseFile`, which reads WRES, WDES and race × disability rows.
    static func parseFile(_ bytes: [UInt8], limits: ImportLimits = .standard) -> Result<ParsedReturnFile, ImportFailure> {
        ReturnFileParser(limits: limits).parseFile(bytes, fileName: "returns.csv", context: context)
    }

    static func parseFile(_ text: String, limits: ImportLimits = .standard) -> Result<ParsedReturnFile, ImportFailure> {
        parseFile(Array(text.utf8), limits: limits)
    }

    /// The WRES rows (White, BME or Unknown groups) that `parseFile` reads from the file.
    static func parseWRES(_ bytes: [UInt8], limits: ImportLimits = .standard) -> Result<[ReturnRow], ImportFailure> {
        parseFile(bytes, limits: limits).map(\.wres)
    }

    static func parseWRES(_ text: String, limits: ImportLimits = .standard) -> Result<[ReturnRow], ImportFailure> {
        parseWRES(Array(text.utf8), limits: limits)
    }

    static func wdesBytes(_ name: String) throws -> [UInt8] { try bytes(name, folder: "wdes") }

    static let header = "organisation,year,standard,indicator,measure,group,count"
}
