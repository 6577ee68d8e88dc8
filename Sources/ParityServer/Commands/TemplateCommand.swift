import ParityCore
import Vapor

/// `parity template wres|wdes`: prints the return template (every measure, blank counts).
struct TemplateCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Argument(name: "standard", help: "wres or wdes")
        var standard: String
    }

    var help: String { "Prints the return template CSV: `parity template wres > return.csv` (or wdes)." }

    func run(using context: CommandContext, signature: Signature) async throws {
        guard let standard = Standard(rawValue: signature.standard.uppercased()) else {
            throw ParityError.invalidInput("Unknown standard \(signature.standard). Templates exist for: wres, wdes")
        }
        let year = DemoSeeder(database: context.application.db, now: context.application.now()).latestYear
        FileHandle.standardOutput.write(Data(ReturnTemplate.csv(standard: standard, organisation: "R0A", year: year).utf8))
    }
}
