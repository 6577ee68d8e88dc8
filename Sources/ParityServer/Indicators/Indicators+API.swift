import ParityCore
import Vapor

/// `/api/v1/{region | systems/{code} | organisations/{code}}/wres/{year}`.
struct IndicatorAPI: RouteCollection {
    func boot(routes: RoutesBuilder) throws {
        let api = routes.grouped("api", "v1")
        api.get("region", "wres", ":year", use: region).keptForThePublic()
        api.get("systems", ":code", "wres", ":year", use: system).keptForThePublic()
        api.get("organisations", ":code", "wres", ":year", use: organisation).keptForThePublic()
    }

    func region(req: Request) async throws -> Response {
        try await respond(req, scope: .region)
    }

    func system(req: Request) async throws -> Response {
        try await respond(req, scope: .system(try req.parameters.require("code")))
    }

    func organisation(req: Request) async throws -> Response {
        let code = try req.parameters.require("code")
        guard let row = try await StructureStore(database: req.db).organisation(code: code) else {
            throw ParityError.notFound("No organisation has the code \(code).")
        }
        let figures = try await document(req, scope: .organisation(OrganisationEntry(code: code, name: row.name, systemCode: "")))
        return try JSONResponse.make(try await RevisionDocument.annotated(figures, ReturnKey(organisation: code, year: try year(req), standard: .wres), database: req.db))
    }

    private func respond(_ req: Request, scope: ScopeReference) async throws -> Response {
        try JSONResponse.make(try await document(req, scope: scope))
    }

    private func document(_ req: Request, scope: ScopeReference) async throws -> JSONValue {
        let figures = try await WRESReportQuery(database: req.db, memo: req.application.storedFiguresMemo).figures(scope, year: try year(req)) { req.disclosurePolicy(forOrganisations: $0) }
        return WRESDocument.make(figures)
    }

    private func year(_ req: Request) throws -> Int {
        guard let year = req.parameters.get("year", as: Int.self) else {
            throw ParityError.invalidInput("The year must be a four-digit number, e.g. 2026.")
        }
        return year
    }
}
