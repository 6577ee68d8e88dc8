import ParityCore
import Vapor

/// The printable board reports: `/report` (the region), `/systems/{code}/report` and
/// `/organisations/{code}/report`, each `?year=`, under the reader's disclosure rule. Printed
/// from a browser, or to PDF with `parity report pdf`.
struct BoardReportRoutes: RouteCollection {
    func boot(routes: RoutesBuilder) throws {
        routes.get("report") { try await page($0, scope: .region) }
        routes.get("systems", ":code", "report") { try await page($0, scope: .system(try $0.parameters.require("code"))) }
        routes.get("organisations", ":code", "report") { try await page($0, scope: .organisation(try $0.parameters.require("code"))) }
    }

    func page(_ req: Request, scope: PageScope) async throws -> View {
        try await req.view.render("report/board", try await BoardReportBuilder(req: req).build(scope, requestedYear: req.query["year"]))
    }
}
