import ParityCore
import Testing
@testable import ParityServer

/// The commands that run before the application is made, with no database.
@Suite struct StandaloneCommandTests {
    @Test func anExtractDryRunIsStandaloneAndAnImportIsNot() throws {
        #expect(try StandaloneCommand(arguments: ["import", "extract", "staff.csv", "--dry-run"], currentYear: 2026) == .extractDryRun(path: "staff.csv", cores: nil))
        #expect(try StandaloneCommand(arguments: ["import", "extract", "--dry-run", "staff.csv", "--cores", "1"], currentYear: 2026) == .extractDryRun(path: "staff.csv", cores: 1))
        #expect(try StandaloneCommand(arguments: ["import", "extract", "staff.csv"], currentYear: 2026) == nil)
        #expect(try StandaloneCommand(arguments: ["import", "returns", "r.csv"], currentYear: 2026) == nil)
        #expect(try StandaloneCommand(arguments: ["serve"], currentYear: 2026) == nil)
    }

    @Test func aDemoExtractTakesRowsSeedAndYear() throws {
        #expect(try StandaloneCommand(arguments: ["demo", "extract", "--rows", "500", "--seed", "7"], currentYear: 2026) == .demoExtract(rows: 500, seed: 7, year: 2026))
        #expect(try StandaloneCommand(arguments: ["demo", "extract", "--year", "2024"], currentYear: 2026) == .demoExtract(rows: 100_000, seed: 1, year: 2024))
        #expect(try StandaloneCommand(arguments: ["demo"], currentYear: 2026) == nil)
    }

    @Test func unknownOptionsAreRefusedWithTheUsage() {
        #expect(throws: ParityError.self) { try StandaloneCommand(arguments: ["demo", "extract", "--rows", "many"], currentYear: 2026) }
        #expect(throws: ParityError.self) { try StandaloneCommand(arguments: ["demo", "extract", "--colour", "red"], currentYear: 2026) }
        #expect(throws: ParityError.self) { try StandaloneCommand(arguments: ["import", "extract", "a.csv", "b.csv", "--dry-run"], currentYear: 2026) }
    }
}
