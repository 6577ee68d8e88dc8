import ParityCore
import Vapor

/// `parity import returns FILE.csv`: validates the whole file and imports it in one
/// transaction, or prints every problem as FILE:ROW:COLUMN and exits with status 1.
struct ImportCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Argument(name: "kind", help: "What the file holds: returns")
        var kind: String
        @Argument(name: "file", help: "The CSV file to import")
        var file: String
    }

    var help: String { "Imports a file: `parity import returns FILE.csv` (WRES return, contract in the README)." }

    func run(using context: CommandContext, signature: Signature) async throws {
        guard signature.kind == "returns" else {
            throw ParityError.invalidInput("Unknown import kind \(signature.kind). Use: parity import returns FILE.csv")
        }
        let app = context.application
        let bytes = try LocalFile.read(signature.file)
        let fileName = URL(fileURLWithPath: signature.file).lastPathComponent
        let receipt = try await ReturnImporter(database: app.db, now: app.now(), actor: .commandLine, auditName: CommandLineOperator.auditName).importFile(bytes, fileName: fileName)
        context.console.print(receipt.summary)
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
