import ParityCore
import Vapor

/// `parity import returns FILE.csv` (or the return workbook, FILE.xlsx): validates the whole
/// file and imports it in one transaction, or prints every problem as FILE:ROW:COLUMN (a
/// workbook's as FILE:SHEET!CELL) and exits with status 1.
/// `parity import extract FILE.csv` does the same with a person-level staff-record extract,
/// which is added up into return rows and never stored (`--dry-run` is a `StandaloneCommand`).
struct ImportCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Argument(name: "kind", help: "What the file holds: returns, extract, population or area-links")
        var kind: String
        @Argument(name: "file", help: "The CSV file to import (for returns, a CSV file or the return workbook, .xlsx)")
        var file: String
        @Option(name: "narrative", help: "WDES metric 9b's narrative, for a returns file holding one WDES return")
        var narrative: String?
        @Option(name: "reason", help: "Why a signed-off return is changed (the change reopens its sign-off)")
        var reason: String?
    }

    var help: String { "Imports a file: `parity import returns FILE.csv|FILE.xlsx`, `parity import extract|population|area-links FILE.csv` (contracts in docs/using-parity.md); `parity import extract FILE.csv --dry-run` prints the return rows instead." }

    func run(using context: CommandContext, signature: Signature) async throws {
        let app = context.application
        if signature.kind == "extract" {
            return try await importExtract(app: app, context: context, signature: signature)
        }
        let bytes = try LocalFile.read(signature.file)
        let fileName = URL(fileURLWithPath: signature.file).lastPathComponent
        let population = PopulationImporter(database: app.db, now: app.now(), auditName: CommandLineOperator.auditName)
        switch signature.kind {
        case "returns":
            let receipt = try await ReturnImporter(database: app.db, now: app.now(), actor: .commandLine, auditName: CommandLineOperator.auditName).importFile(bytes, fileName: fileName, narrative: signature.narrative, changeReason: signature.reason)
            context.console.print(receipt.summary)
        case "population":
            context.console.print("Imported population figures for \(try await population.importPopulation(bytes, fileName: fileName)) areas from \(fileName).")
        case "area-links":
            context.console.print("Linked \(try await population.importAreaLinks(bytes, fileName: fileName)) new areas from \(fileName).")
        default:
            throw ParityError.invalidInput("Unknown import kind \(signature.kind). Use: parity import returns|extract|population|area-links FILE.csv")
        }
    }

    private func importExtract(app: Application, context: CommandContext, signature: Signature) async throws {
        let file = ExtractFile(path: signature.file)
        let size = (try? FileManager.default.attributesOfItem(atPath: signature.file)[.size] as? Int) ?? 0
        let accepted = ReturnValidationContext(knownOrganisations: [], currentYear: Calendar.utc.component(.year, from: app.now())).acceptedYears
        let reading = try file.read(acceptedYears: accepted, checksum: true, progress: ExtractProgress(totalBytes: size))
        let receipt = try await ReturnImporter(database: app.db, now: app.now(), actor: .commandLine, auditName: CommandLineOperator.auditName)
            .importExtract(reading, fileName: file.fileName, changeReason: signature.reason)
        context.console.print(ExtractSummary(reading: reading, fileName: file.fileName).text)
        context.console.print(receipt.summary)
        context.console.print("Indicators the extract does not cover were kept from each return's previous version.")
    }
}

enum LocalFile {
    /// The file's bytes, or a clear error naming the file.
    static func read(_ path: String) throws -> [UInt8] {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ParityError.notFound("Cannot read \(path): no such file, or it is not readable.")
        }
        return Array(data)
    }
}
