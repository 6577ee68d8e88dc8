import Fluent
import ParityCore
import Vapor

/// `parity report wres|wdes --organisation CODE --year YYYY` (or `--system CODE`, `--region`):
/// prints the same JSON document as the API on standard output. `parity report pdf … --out
/// FILE.pdf` prints the scope's board report to PDF through headless Chromium. The operator
/// has the whole database, so figures are unrestricted unless `--public` asks for the
/// published view.
struct ReportCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Argument(name: "standard", help: "wres, wdes, or pdf for the board report")
        var standard: String
        @Option(name: "organisation", help: "An organisation code")
        var organisation: String?
        @Option(name: "system", help: "A system code")
        var system: String?
        @ConsoleKitCommands.Flag(name: "region", help: "The whole region")
        var region: Bool
        @Option(name: "year", help: "The reporting year (data as at 31 March of that year)")
        var year: Int?
        @ConsoleKitCommands.Flag(name: "public", help: "Apply the public disclosure rule (small-number suppression)")
        var publicView: Bool
        @Option(name: "out", help: "The PDF file to write (pdf only)")
        var out: String?
    }

    var help: String {
        "Prints WRES or WDES figures as JSON: `parity report wres --organisation CODE --year 2026` (or wdes; --system CODE, --region), "
            + "or the board report as PDF: `parity report pdf --organisation CODE --year 2026 --out report.pdf`."
    }

    func run(using context: CommandContext, signature: Signature) async throws {
        if signature.standard.lowercased() == "pdf" { return try await pdf(context, signature: signature) }
        guard let standard = Standard(rawValue: signature.standard.uppercased()) else {
            throw ParityError.invalidInput("Unknown report \(signature.standard). Reports exist for: wres, wdes, pdf")
        }
        let database = context.application.db
        let scope = try await scope(signature, database: database)
        let newestYear = try await ReturnStore(database: database).years(standard: standard).first
        guard let year = signature.year ?? newestYear else {
            throw ParityError.notFound("There are no \(standard.rawValue) returns yet, so there is no year to report.")
        }
        let policy: DisclosurePolicy = signature.publicView ? .publicRelease : .unrestricted
        let document: JSONValue = switch standard {
        case .wres: WRESDocument.make(try await WRESReportQuery(database: database).figures(scope, year: year) { _ in policy })
        case .wdes: WDESDocument.make(try await WDESReportQuery(database: database, withholding: YearWithholding(database: database)).figures(scope, year: year) { _ in policy })
        }
        FileHandle.standardOutput.write(try document.encoded(pretty: true) + Data("\n".utf8))
    }

    /// The board report of the scope as PDF, at `--out`.
    private func pdf(_ context: CommandContext, signature: Signature) async throws {
        guard let out = signature.out, !out.isEmpty else { throw ParityError.invalidInput("Name the PDF file to write: --out FILE.pdf") }
        let scope: PageScope = switch try await scope(signature, database: context.application.db) {
        case .region: .region
        case let .system(code): .system(code)
        case let .organisation(entry): .organisation(entry.code)
        }
        let output = URL(fileURLWithPath: out)
        let pages = try await BoardReportPDF(app: context.application).render(scope, year: signature.year, publicView: signature.publicView, to: output)
        context.console.print("Wrote \(output.path): \(pages) page\(pages == 1 ? "" : "s").")
    }

    private func scope(_ signature: Signature, database: Database) async throws -> ScopeReference {
        let chosen = [signature.organisation != nil, signature.system != nil, signature.region].filter { $0 }.count
        guard chosen == 1 else {
            throw ParityError.invalidInput("Name exactly one scope: --organisation CODE, --system CODE or --region.")
        }
        if let code = signature.organisation {
            guard let row = try await StructureStore(database: database).organisation(code: code) else {
                throw ParityError.notFound("No organisation has the code \(code).")
            }
            return .organisation(OrganisationEntry(code: code, name: row.name, systemCode: ""))
        }
        if let code = signature.system { return .system(code) }
        return .region
    }
}
