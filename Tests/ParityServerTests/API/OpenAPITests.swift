import Foundation
import ParityCore
import Testing
import VaporTesting
@testable import ParityServer

/// The OpenAPI document (issue 9) against the routes Vapor serves: the same operations, and
/// each answering in its documented shape on the demo region.
@Suite struct OpenAPITests {
    static func document(_ app: Application) async throws -> AnyJSON {
        let response = try await TestBrowser(app).get("/api/openapi.json")
        #expect(response.status == .ok)
        return try AnyJSON.decode(Data(buffer: response.body))
    }

    /// "GET /api/v1/organisations/{code}/wres/{year}" for every route Vapor serves under /api.
    static func servedOperations(_ app: Application) -> Set<String> {
        Set(app.routes.all.compactMap { route -> String? in
            guard case .constant("api")? = route.path.first else { return nil }
            let components = route.path.map { component -> String in
                switch component {
                case let .constant(text): text
                case let .parameter(name): "{\(name)}"
                case .anything: "*"
                case .catchall: "**"
                }
            }
            return "\(route.method.rawValue) /" + components.joined(separator: "/")
        })
    }

    @Test func everyAPIRouteIsDocumentedAndEveryDocumentedPathIsServed() async throws {
        try await withParity { app in
            // given
            let document = try await Self.document(app)
            let paths = try #require(document["paths"]?.object)
            let documented = Set(paths.flatMap { path, item in (item.object ?? [:]).keys.map { "\($0.uppercased()) \(path)" } })
            // when
            let served = Self.servedOperations(app)
            // then
            #expect(served.count > 30)
            #expect(served.subtracting(documented).sorted() == [], "served but not documented")
            #expect(documented.subtracting(served).sorted() == [], "documented but not served")
        }
    }

    @Test func theDocumentIsOpenAPI31WithEveryReferenceResolved() async throws {
        try await withParity { app in
            let document = try await Self.document(app)
            #expect(document["openapi"]?.string == "3.1.0")
            let schemas = try #require(document["components"]?["schemas"]?.object)
            let text = String(decoding: try OpenAPIDocument.make().encoded(), as: UTF8.self)
            for match in text.matches(of: /#\/components\/schemas\/([A-Za-z]+)/) {
                #expect(schemas[String(match.1)] != nil, "\(match.1) is referenced but not defined")
            }
            let operationIDs = APIOperations.all.map(\.id)
            #expect(Set(operationIDs).count == operationIDs.count)
        }
    }

    @Test func everyDocumentedOperationAnswersInItsDocumentedShapeOnTheDemoRegion() async throws {
        try await withParity(demo: true) { app in
            // given: real identifiers from the list operations, and an administrator's token
            let document = try await Self.document(app)
            let check = JSONSchemaCheck(schemas: try #require(document["components"]?["schemas"]?.object))
            let token = try await APITokens.create(app, email: "admin@demo.parity.invalid", password: DemoAccounts.password)
            let browser = TestBrowser(app)
            func first(_ path: String, _ key: String?) async throws -> String {
                let list = try AnyJSON.decode(Data(buffer: try await browser.get(path, headers: APITokens.header(token)).body))
                let items = key.map { list[$0]?.array } ?? list.array
                return try #require(items?.first?["id"]?.string, "no item in \(path)")
            }
            let ids: [String: String] = [
                "bodies": try await first("/api/v1/bodies", "bodies"),
                "commitments": try await first("/api/v1/commitments", "commitments"),
                "challenges": try await first("/api/v1/challenges", nil),
                "good-practice": try await first("/api/v1/good-practice", nil),
            ]
            let year = DemoSeeder(database: app.db, now: testNow).latestYear
            let openDataYear = try #require(try await OpenDataStore(database: app.db).years().first { $0.release != nil }?.year)
            // when / then: every operation, anonymously and with the token
            for operation in APIOperations.all {
                var path = operation.path.replacingOccurrences(of: "{standard}", with: "WRES")
                    .replacingOccurrences(of: "{year}", with: String(operation.tag == "Open data" ? openDataYear : year))
                path = path.replacingOccurrences(of: "/organisations/{code}", with: "/organisations/DA1").replacingOccurrences(of: "/systems/{code}", with: "/systems/D01")
                if let resource = ids.keys.first(where: { path.contains("/\($0)/{id}") }) { path = path.replacingOccurrences(of: "{id}", with: ids[resource]!) }
                try #require(!path.contains("{"), "no example for \(operation.path)")
                for headers in [HTTPHeaders(), APITokens.header(token)] where operation.access == .open || !headers.isEmpty {
                    let response = try await browser.get(path, headers: headers)
                    #expect(response.status == .ok, "\(path): \(response.status)")
                    guard operation.mediaType == "application/json" else { continue }
                    #expect(response.headers.contentType == .json, "\(path)")
                    let problems = check.problems(try AnyJSON.decode(Data(buffer: response.body)), operation.response.json.anyJSON)
                    #expect(problems.isEmpty, "\(path) \(headers.isEmpty ? "anonymously" : "with a token"): \(problems.prefix(5))")
                }
            }
        }
    }

    @Test func anErrorIsADocumentedProblem() async throws {
        try await withParity { app in
            let document = try await Self.document(app)
            let check = JSONSchemaCheck(schemas: try #require(document["components"]?["schemas"]?.object))
            for (path, status) in [("/api/v1/bodies/\(UUID().uuidString)", HTTPStatus.notFound), ("/api/v1/organisations/NOPE/wres/2026", .notFound),
                                   ("/api/v1/challenges", .forbidden), ("/api/v1/commitments?status=purple", .unprocessableEntity)] {
                let response = try await TestBrowser(app).get(path)
                #expect(response.status == status, "\(path)")
                #expect(response.headers.contentType?.subType == "problem+json", "\(path)")
                #expect(check.problems(try AnyJSON.decode(Data(buffer: response.body)), APISchema.ref("Problem").json.anyJSON).isEmpty)
                #expect(OpenAPIDocument.problemStatuses.map(\.code).contains(String(status.code)))
            }
        }
    }

    @Test func theDocsPageListsEveryOperationWithoutScripts() async throws {
        try await withParity { app in
            let page = try await TestBrowser(app).get("/api/docs")
            #expect(page.status == .ok)
            let html = page.body.string
            for operation in APIOperations.all {
                #expect(html.contains("GET \(operation.path)"), "\(operation.path)")
            }
            #expect(!html.contains("<script"))
            #expect(html.contains("Authorization: Bearer TOKEN"))
        }
    }
}

extension JSONValue {
    /// The value as the decoded form the schema check reads.
    var anyJSON: AnyJSON {
        (try? AnyJSON.decode(try encoded())) ?? .null
    }
}
