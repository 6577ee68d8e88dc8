/// One operation of the JSON API, as the OpenAPI document and the `/api/docs` page show it.
struct APIOperation: Sendable {
    enum Access: Sendable {
        /// Anyone; an API token widens what the caller sees to their own scope.
        case open
        /// Signed-in users or API tokens only.
        case signedIn
    }

    struct Parameter: Sendable {
        enum Location: String, Sendable {
            case path, query
        }

        var name: String
        var location: Location
        var description: String
        var schema: APISchema
        var required: Bool { location == .path }
    }

    var path: String
    var id: String
    var tag: String
    var summary: String
    var description: String
    var parameters: [Parameter] = []
    /// The schema of the 200 response.
    var response: APISchema
    var mediaType = "application/json"
    var access = Access.open
}

extension APIOperation.Parameter {
    static let year = Self(name: "year", location: .path, description: "The reporting year: data as at 31 March of that year.",
                           schema: .integerRange(2014, 2100))
    static let organisation = Self(name: "code", location: .path, description: "The organisation's ODS code, e.g. DA1.", schema: .string)
    static let system = Self(name: "code", location: .path, description: "The system's code, e.g. D01.", schema: .string)
    static let id = Self(name: "id", location: .path, description: "The identifier.", schema: .uuid)
}
