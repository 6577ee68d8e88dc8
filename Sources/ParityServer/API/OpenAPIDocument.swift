/// The OpenAPI 3.1 document of the JSON API, served at `/api/openapi.json`, built from
/// `APIOperations` and `APISchemas`.
enum OpenAPIDocument {
    static let version = "1.0.0"

    /// The statuses every operation may answer with besides 200, each as a problem document.
    static let problemStatuses: [(code: String, meaning: String)] = [
        ("400", "The request is malformed, e.g. an identifier that is not a UUID or a query value of the wrong type."),
        ("403", "The API token is not valid, or the caller may not read this."),
        ("404", "Nothing has that code, identifier or year."),
        ("422", "A value is out of range, e.g. a year with no reporting."),
    ]

    static func make() -> JSONValue {
        var paths: [String: JSONValue] = [:]
        for operation in APIOperations.all {
            paths[operation.path] = .object(["get": self.operation(operation)])
        }
        return .object([
            "openapi": .string("3.1.0"),
            "info": .object([
                "title": .string("Parity API"),
                "version": .string(version),
                "summary": .string("Workforce race and disability equality figures, commitments, governance and the annual cycle, as JSON."),
                "description": .string(description),
            ]),
            "servers": .array([.object(["url": .string("/")])]),
            "tags": .array(tags.map { .object(["name": .string($0)]) }),
            "paths": .object(paths),
            "components": .object([
                "schemas": .object(APISchemas.all.mapValues(\.json)),
                "securitySchemes": .object([
                    "token": .object([
                        "type": .string("http"), "scheme": .string("bearer"),
                        "description": .string("A personal API token, created on /account and sent as `Authorization: Bearer TOKEN`."),
                    ]),
                ]),
            ]),
        ])
    }

    static let description = """
        Every document the pages show, as JSON, under `/api/v1`. Numbers are unrounded; `null` means a figure is undefined (a zero base) \
        or withheld by disclosure control. Without a token the API shows what the public may see: figures from published returns only, \
        under the public disclosure rule. With a personal API token (`Authorization: Bearer TOKEN`, created on `/account`) it shows the \
        token owner's scope, unsuppressed where they may read it. Errors are problem documents (RFC 9457).
        """

    static var tags: [String] {
        var seen: [String] = []
        for operation in APIOperations.all where !seen.contains(operation.tag) { seen.append(operation.tag) }
        return seen
    }

    private static func operation(_ operation: APIOperation) -> JSONValue {
        var responses: [String: JSONValue] = [
            "200": .object([
                "description": .string(operation.summary),
                "content": .object([operation.mediaType: .object(["schema": operation.response.json])]),
            ]),
        ]
        for status in problemStatuses {
            responses[status.code] = .object([
                "description": .string(status.meaning),
                "content": .object(["application/problem+json": .object(["schema": APISchema.ref("Problem").json])]),
            ])
        }
        return .object([
            "operationId": .string(operation.id),
            "tags": .array([.string(operation.tag)]),
            "summary": .string(operation.summary),
            "description": .string(operation.description),
            "parameters": .array(operation.parameters.map { parameter in
                .object([
                    "name": .string(parameter.name), "in": .string(parameter.location.rawValue),
                    "required": .bool(parameter.required), "description": .string(parameter.description), "schema": parameter.schema.json,
                ])
            }),
            // An empty requirement makes the token optional; signed-in operations require it.
            "security": .array(operation.access == .open ? [.object([:]), .object(["token": .array([])])] : [.object(["token": .array([])])]),
            "responses": .object(responses),
        ])
    }
}
