import ParityCore
import ParityWorkbook
import Vapor

/// `parity template wres|wdes [--xlsx]`: prints the return template (every measure, blank
/// counts) as CSV, or as the return workbook.
struct TemplateCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Argument(name: "standard", help: "wres or wdes")
        var standard: String
        @ConsoleKitCommands.Flag(name: "xlsx", help: "Write the return workbook (.xlsx) instead of CSV; redirect it to a file")
        var xlsx: Bool
    }

    var help: String { "Prints the return template: `parity template wres > return.csv`, `parity template wres --xlsx > return.xlsx` (or wdes)." }

    func run(using context: CommandContext, signature: Signature) async throws {
        guard let standard = Standard(rawValue: signature.standard.uppercased()) else {
            throw ParityError.invalidInput("Unknown standard \(signature.standard). Templates exist for: wres, wdes")
        }
        let year = DemoSeeder(database: context.application.db, now: context.application.now()).latestYear
        guard signature.xlsx else {
            FileHandle.standardOutput.write(Data(ReturnTemplate.csv(standard: standard, organisation: ReturnTemplate.exampleOrganisation, year: year).utf8))
            return
        }
        // A workbook is binary: refuse to print it onto a terminal.
        guard isatty(FileHandle.standardOutput.fileDescriptor) == 0 else {
            throw ParityError.invalidInput("The workbook is a binary file: redirect it, e.g. parity template \(signature.standard) --xlsx > return.xlsx")
        }
        FileHandle.standardOutput.write(try XLSXWriter.data(ReturnWorkbook.template(standard: standard, organisation: ReturnTemplate.exampleOrganisation, year: year)))
    }
}
