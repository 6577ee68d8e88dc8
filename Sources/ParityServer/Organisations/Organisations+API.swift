import ParityCore
import Vapor

/// `/api/v1/systems` and `/api/v1/organisations`: who is in the region on a day
/// (`?on=YYYY-MM-DD`, today unless given), so an API client can find the codes the other
/// documents take.
struct StructureAPI: RouteCollection {
    func boot(routes: RoutesBuilder) throws {
        let api = routes.grouped("api", "v1")
        api.get("systems", use: systems)
        api.get("organisations", use: organisations)
    }

    func systems(req: Request) async throws -> Response {
        let (day, structure) = try await Self.structure(req)
        return try JSONResponse.make(.object([
            "region": .string(structure.regionName),
            "as_at": .string(ISODay.format(day)),
            "systems": .array(structure.systems.sorted { $0.code < $1.code }.map { system in
                .object([
                    "code": .string(system.code), "name": .string(system.name),
                    "organisations": .array(system.organisations.sorted { $0.code < $1.code }.map { .object(["code": .string($0.code), "name": .string($0.name)]) }),
                ])
            }),
        ]))
    }

    func organisations(req: Request) async throws -> Response {
        let (day, structure) = try await Self.structure(req)
        return try JSONResponse.make(.object([
            "as_at": .string(ISODay.format(day)),
            "organisations": .array(structure.organisations.sorted { $0.code < $1.code }.map {
                .object(["code": .string($0.code), "name": .string($0.name), "system": .string($0.systemCode)])
            }),
        ]))
    }

    private static func structure(_ req: Request) async throws -> (Date, RegionStructure) {
        var day = req.now
        if let text = req.query[String.self, at: "on"] {
            guard let parsed = ISODay.parse(text) else { throw ParityError.invalidInput("The day must be written YYYY-MM-DD, e.g. 2026-03-31.") }
            day = parsed
        }
        return (day, try await StructureStore(database: req.db).structure(asAt: day))
    }
}
