import ParityCore
import Vapor

/// `parity setup midlands`: loads the Midlands' 11 systems and their trusts, with no figures.
struct SetupCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Argument(name: "region", help: "The reference structure to load: midlands")
        var region: String
    }

    var help: String { "Loads a region's reference structure: `parity setup midlands`." }

    func run(using context: CommandContext, signature: Signature) async throws {
        guard signature.region == "midlands" else {
            throw ParityError.invalidInput("Unknown region \(signature.region). Parity ships the reference structure of: midlands")
        }
        let added = try await MidlandsSetup(database: context.application.db, now: context.application.now()).run()
        context.console.print("Midlands: added \(added.systems) systems, \(added.organisations) organisations and \(added.bodies) governance bodies (no figures, no members).")
    }
}
