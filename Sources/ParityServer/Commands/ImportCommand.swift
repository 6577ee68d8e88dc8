import ParityCore
import Vapor

/// `parity import returns FILE.csv` (or the return workbook, FILE.xlsx): validates the whole
/// file and imports it in one transaction, or prints every problem as FILE:ROW:COLUMN (a
/// workbook's as FILE:SHEET!CELL) and exits with status 1.
struct ImportCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Argument(name: "kind", help: "What the file holds: returns, population or area-links")
        var kind: String
        @Argument(name: "file", help: "The CSV file to import (for returns, a CSV file or the return workbook, .xlsx)")
        var file: String
        @Option(name: "narrative", help: "WDES metric 9b's narrative, for a returns file holding one WDES return")
        var narrative: String?
        @Option(name: "reason", help: "Why a signed-off return is changed (the change reopens its sign-off)")
        var reason: String?
    }

    var help: String { "Imports a file: `parity import returns FILE.csv|FILE.xlsx`, `parity import population|area-links FILE.csv` (contracts in the README)." }

    func run(using context: CommandContext, signature: Signature) async throws {
        let app = context.application
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
            throw ParityError.invalidInput("Unknown import kind \(signature.kind). Use: parity import returns|population|area-links FILE.csv")
        }
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
