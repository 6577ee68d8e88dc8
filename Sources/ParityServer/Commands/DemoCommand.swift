import ParityCore
import Vapor

/// `parity demo`: loads the fictional demo region into an empty database.
struct DemoCommand: AsyncCommand {
    struct Signature: CommandSignature {}

    var help: String { "Loads the fictional demo region (synthetic data) into an empty database." }

    func run(using context: CommandContext, signature: Signature) async throws {
        let app = context.application
        guard try await DemoSeeder(database: app.db, now: app.now(), demoPasswordHash: try app.password.hash(DemoAccounts.password)).seedIfEmpty() else {
            throw ParityError.conflict("The database already holds organisations; the demo region loads only into an empty database.")
        }
        context.console.print("Loaded the demo region (synthetic data).")
    }
}
