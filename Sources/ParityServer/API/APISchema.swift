/// A JSON Schema (2020-12, as OpenAPI 3.1 uses it) written as a small Swift value, so the API
/// document's schemas read like the documents they describe.
indirect enum APISchema: Sendable {
    case string
    case integer
    /// A whole number from the first to the second, inclusive.
    case integerRange(Int, Int)
    case number
    case boolean
    /// Any JSON value.
    case any
    /// A string from a fixed list.
    case oneOf([String])
    case date
    case uuid
    /// The value, or null (undefined, withheld by disclosure control, or not set).
    case nullable(APISchema)
    /// An object with these properties, every one of them always present (others may be).
    case object([String: APISchema])
    /// An object with `required` properties always present and `optional` ones present only
    /// for some readers.
    case partial(required: [String: APISchema], optional: [String: APISchema])
    /// An object whose keys are data (a group, an indicator, a system code), each holding `value`.
    case map(APISchema)
    case array(APISchema)
    /// A schema of the document's components.
    case ref(String)

    var json: JSONValue {
        switch self {
        case .string: .object(["type": .string("string")])
        case .integer: .object(["type": .string("integer")])
        case let .integerRange(low, high): .object(["type": .string("integer"), "minimum": .integer(low), "maximum": .integer(high)])
        case .number: .object(["type": .string("number")])
        case .boolean: .object(["type": .string("boolean")])
        case .any: .object([:])
        case let .oneOf(values): .object(["type": .string("string"), "enum": .array(values.map(JSONValue.string))])
        case .date: .object(["type": .string("string"), "format": .string("date")])
        case .uuid: .object(["type": .string("string"), "format": .string("uuid")])
        case let .nullable(schema): Self.nullable(schema)
        case let .object(properties): Self.object(properties, required: Set(properties.keys))
        case let .partial(required, optional): Self.object(required.merging(optional) { first, _ in first }, required: Set(required.keys))
        case let .map(value): .object(["type": .string("object"), "additionalProperties": value.json])
        case let .array(items): .object(["type": .string("array"), "items": items.json])
        case let .ref(name): .object(["$ref": .string("#/components/schemas/\(name)")])
        }
    }

    private static func object(_ properties: [String: APISchema], required: Set<String>) -> JSONValue {
        .object([
            "type": .string("object"),
            "properties": .object(properties.mapValues(\.json)),
            "required": .array(required.sorted().map(JSONValue.string)),
        ])
    }

    /// `type: [T, "null"]` for a simple type; `anyOf` with null for the rest.
    private static func nullable(_ schema: APISchema) -> JSONValue {
        guard case var .object(object) = schema.json, case let .string(type)? = object["type"], object["enum"] == nil else {
            return .object(["anyOf": .array([schema.json, .object(["type": .string("null")])])])
        }
        object["type"] = .array([.string(type), .string("null")])
        return .object(object)
    }
}
