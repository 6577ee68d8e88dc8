import Vapor

func routes(_ app: Application) throws {
    app.get("health") { req async throws -> HealthDTO in
        try await HealthCheck(database: req.db).run()
    }
    app.get("style-guide") { req async throws -> View in
        try await req.view.render("style-guide", ["chrome": try await req.chrome(title: "Style guide")])
    }
    try app.register(collection: IndicatorPages())
    try app.register(collection: IndicatorAPI())
    try app.register(collection: ReturnRoutes())
}
