import Foundation
import Testing
@testable import ParityCore

/// Loads the small return files under `Fixtures/returns/` and parses them with a fixed context.
enum ReturnFixture {
    /// Two fictional organisations; 2025 accepts years 2014–2026.
    static let context = ReturnValidationContext(knownOrganisations: ["DEMO1", "DEMO2"], currentYear: 2025)

    static func bytes(_ name: String) throws -> [UInt8] {
        let url = try #require(Bundle.module.url(forResource: name, withExtension: "csv", subdirectory: "Fixtures/returns"))
        return try [UInt8](Data(contentsOf: url))
    }

    static func parse(_ bytes: [UInt8], limits: ImportLimits = .standard) -> Result<[ReturnRow], ImportFailure> {
        ReturnFileParser(limits: limits).parse(bytes, fileName: "returns.csv", context: context)
    }

    static func parse(_ text: String, limits: ImportLimits = .standard) -> Result<[ReturnRow], ImportFailure> {
        parse(Array(text.utf8), limits: limits)
    }

    static func issues(_ result: Result<[ReturnRow], ImportFailure>) -> [ImportIssue] {
        guard case let .failure(failure) = result else { return [] }
        return failure.issues
    }

    static let header = "organisation,year,standard,indicator,measure,group,count"
}
