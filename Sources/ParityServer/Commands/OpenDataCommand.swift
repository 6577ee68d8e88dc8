import ParityCore
import Vapor

/// `parity open-data close --year YEAR` freezes a year's open data files (as the page's button does);
/// `parity open-data list` prints each year's status and, for a closed year, its digests.
struct OpenDataCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Argument(name: "action", help: "close or list")
        var action: String
        @Option(name: "year", help: "The year to close")
        var year: Int?
    }

    var help: String { "Open data: `parity open-data list`, `parity open-data close --year YEAR` (freezes the year's files for good)." }

    func run(using context: CommandContext, signature: Signature) async throws {
        let app = context.application
        let store = OpenDataStore(database: app.db)
        switch (signature.action, signature.year) {
        case ("list", nil):
            for year in try await store.years() {
                guard let release = year.release else {
                    context.console.print("\(year.year): provisional")
                    continue
                }
                context.console.print("\(year.year): closed on \(ISODay.format(release.closedAt)); csv sha256 \(release.csvSHA256), json sha256 \(release.jsonSHA256)")
            }
        case let ("close", year?):
            let release = try await store.close(year: year, actor: CommandLineOperator.auditName, now: app.now())
            context.console.print("Closed open data for \(year): \(year).csv sha256 \(release.csvSHA256), \(year).json sha256 \(release.jsonSHA256).")
        default:
            throw ParityError.invalidInput("Use: parity open-data list, or parity open-data close --year YEAR")
        }
    }
}
