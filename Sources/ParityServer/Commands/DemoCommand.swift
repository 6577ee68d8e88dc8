import Foundation
import ParityCore
import Vapor

/// `parity demo [--scale region|national]`: loads the fictional demo region, or the fictional
/// country, into an empty database.
struct DemoCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Option(name: "scale", help: "region (11 systems, the default) or national (42 systems, 221 organisations)")
        var scale: String?
    }

    var help: String { "Loads the fictional demo region (synthetic data) into an empty database; --scale national loads a fictional country." }

    func run(using context: CommandContext, signature: Signature) async throws {
        let app = context.application
        guard let scale = DemoScale(rawValue: signature.scale ?? DemoScale.region.rawValue) else {
            throw ParityError.invalidInput("--scale must be region or national, not \(signature.scale ?? "")")
        }
        let started = ContinuousClock.now
        let seeder = DemoSeeder(database: app.db, now: app.now(), demoPasswordHash: try app.password.hash(DemoAccounts.password), scale: scale)
        guard try await seeder.seedIfEmpty() else {
            throw ParityError.conflict("The database already holds organisations; the demo region loads only into an empty database.")
        }
        let elapsed = started.duration(to: .now).components
        let seconds = Double(elapsed.seconds) + Double(elapsed.attoseconds) / 1e18
        context.console.print("Loaded the demo \(scale == .region ? "region" : "country") \(scale.regionName) (synthetic data) in \(String(format: "%.1f", seconds)) s.")
    }
}
