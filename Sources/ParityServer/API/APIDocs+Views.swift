/// The `/api/docs` page: every operation with its parameters, who may call it and an example.
struct APIDocsPage: Encodable {
    struct Status: Encodable {
        var code: String
        var meaning: String
    }

    struct Section: Encodable {
        var name: String
        var anchor: String
        var operations: [Operation]
    }

    struct Parameter: Encodable {
        var name: String
        var location: String
        var required: Bool
        var description: String
    }

    struct Operation: Encodable {
        var id: String
        var path: String
        var summary: String
        var description: String
        var parameters: [Parameter]
        var response: String
        var signedInOnly: Bool
        /// A link to try, with real codes filled in; nil where an identifier is needed.
        var example: String?

        init(_ operation: APIOperation, examples: Examples) {
            id = operation.id
            path = operation.path
            summary = operation.summary
            description = operation.description
            parameters = operation.parameters.map {
                Parameter(name: $0.name, location: $0.location.rawValue, required: $0.required, description: $0.description)
            }
            response = Self.name(operation.response)
            signedInOnly = operation.access == .signedIn
            example = examples.fill(operation.path)
        }

        private static func name(_ schema: APISchema) -> String {
            switch schema {
            case let .ref(name): name
            case let .array(items): "array of \(name(items))"
            default: "text"
            }
        }
    }

    /// Real values to fill an example path with.
    struct Examples {
        var year: Int
        var organisation: String?
        var system: String?

        func fill(_ path: String) -> String? {
            var filled = path.replacingOccurrences(of: "{year}", with: String(year)).replacingOccurrences(of: "{standard}", with: "WRES")
            if filled.contains("/organisations/{code}") {
                guard let organisation else { return nil }
                filled = filled.replacingOccurrences(of: "{code}", with: organisation)
            } else if filled.contains("/systems/{code}") {
                guard let system else { return nil }
                filled = filled.replacingOccurrences(of: "{code}", with: system)
            }
            return filled.contains("{") ? nil : filled
        }
    }

    var chrome: PageChrome
    var openAPIHref: String
    var accountHref: String
    var statuses: [Status]
    var sections: [Section]

    static func anchor(_ tag: String) -> String {
        tag.lowercased().replacingOccurrences(of: " ", with: "-")
    }
}
