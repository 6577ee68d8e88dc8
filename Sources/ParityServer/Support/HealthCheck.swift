import Fluent
import SQLKit
import Vapor

/// `/health`: answers only when the database answers.
struct HealthCheck {
    let database: Database

    func run() async throws -> HealthDTO {
        guard let sql = database as? any SQLDatabase else { return HealthDTO(status: "ok") }
        _ = try await sql.raw("SELECT 1").all()
        return HealthDTO(status: "ok")
    }
}

struct HealthDTO: Content {
    var status: String
}
