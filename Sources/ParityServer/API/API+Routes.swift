import ParityCore
import Vapor

/// `/api/openapi.json` (the OpenAPI 3.1 document) and `/api/docs` (the same for people).
struct APIDocumentationRoutes: RouteCollection {
    func boot(routes: RoutesBuilder) throws {
        routes.get("api", "openapi.json", use: document)
        routes.get("api", "docs", use: docs)
    }

    func document(req: Request) async throws -> Response {
        try JSONResponse.make(OpenAPIDocument.make())
    }

    func docs(req: Request) async throws -> View {
        let structure = try await req.currentStructure()
        let year = DemoSeeder(database: req.db, now: req.now).latestYear
        let examples = APIDocsPage.Examples(year: year, organisation: structure.organisations.first?.code, system: structure.systems.first?.code)
        let page = APIDocsPage(
            chrome: try await req.chrome(title: "API documentation"),
            openAPIHref: SitePath.openAPI.href,
            accountHref: SitePath.account.href,
            statuses: OpenAPIDocument.problemStatuses.map { .init(code: $0.code, meaning: $0.meaning) },
            sections: OpenAPIDocument.tags.map { tag in
                APIDocsPage.Section(name: tag, anchor: APIDocsPage.anchor(tag),
                                    operations: APIOperations.all.filter { $0.tag == tag }.map { APIDocsPage.Operation($0, examples: examples) })
            }
        )
        return try await req.view.render("api/docs", page)
    }
}
