import ParityCore
import Vapor

/// `parity template wres`: prints the return template (every measure, blank counts).
struct TemplateCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Argument(name: "standard", help: "wres")
        var standard: String
    }

    var help: String { "Prints the return template CSV: `parity template wres > return.csv`." }

    func run(using context: CommandContext, signature: Signature) async throws {
        guard signature.standard.lowercased() == "wres" else {
            throw ParityError.invalidInput("Unknown standard \(signature.standard). Templates exist for: wres")
        }
        let year = DemoSeeder(database: context.application.db, now: context.application.now()).latestYear
        FileHandle.standardOutput.write(Data(ReturnTemplate.wres(exampleOrganisation: "R0A", year: year).utf8))
    }
}
