import Foundation

/// A JSON value as decoded, keeping booleans, whole numbers and other numbers apart.
indirect enum AnyJSON: Decodable, Equatable {
    case null
    case bool(Bool)
    case integer(Int)
    case number(Double)
    case string(String)
    case array([AnyJSON])
    case object([String: AnyJSON])

    init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() { self = .null }
        else if let value = try? container.decode(Bool.self) { self = .bool(value) }
        else if let value = try? container.decode(Int.self) { self = .integer(value) }
        else if let value = try? container.decode(Double.self) { self = .number(value) }
        else if let value = try? container.decode(String.self) { self = .string(value) }
        else if let value = try? container.decode([AnyJSON].self) { self = .array(value) }
        else { self = .object(try container.decode([String: AnyJSON].self)) }
    }

    static func decode(_ data: Data) throws -> AnyJSON { try JSONDecoder().decode(AnyJSON.self, from: data) }

    subscript(key: String) -> AnyJSON? {
        if case let .object(object) = self { return object[key] }
        return nil
    }

    var string: String? { if case let .string(value) = self { value } else { nil } }
    var array: [AnyJSON]? { if case let .array(value) = self { value } else { nil } }
    var object: [String: AnyJSON]? { if case let .object(value) = self { value } else { nil } }
}

/// Checks a document against a JSON Schema, for the subset the API document uses: `$ref`,
/// `anyOf`, `type` (one or several), `enum`, `properties` and `required`, `items`,
/// `additionalProperties`, `minimum`/`maximum` and the `date` and `uuid` formats.
struct JSONSchemaCheck {
    /// `components/schemas` of the OpenAPI document.
    let schemas: [String: AnyJSON]

    func problems(_ value: AnyJSON, _ schema: AnyJSON, at path: String = "$") -> [String] {
        guard case let .object(rule) = schema else { return ["\(path): the schema is not an object"] }
        if let reference = rule["$ref"]?.string {
            let name = String(reference.split(separator: "/").last ?? "")
            guard let target = schemas[name] else { return ["\(path): no schema \(name)"] }
            return problems(value, target, at: path)
        }
        if let options = rule["anyOf"]?.array {
            let results = options.map { problems(value, $0, at: path) }
            return results.contains { $0.isEmpty } ? [] : ["\(path): matches none of anyOf: \(results.flatMap { $0 }.prefix(3))"]
        }
        var found: [String] = []
        if let type = rule["type"] {
            let allowed = type.array?.compactMap(\.string) ?? [type.string].compactMap { $0 }
            guard allowed.contains(where: { Self.has(value, type: $0) }) else { return ["\(path): \(Self.describe(value)) is not \(allowed)"] }
        }
        if let choices = rule["enum"]?.array, value != .null, !choices.contains(value) {
            found.append("\(path): \(Self.describe(value)) is not one of \(choices)")
        }
        if case let .string(text) = value, let format = rule["format"]?.string {
            if format == "date", text.wholeMatch(of: /\d{4}-\d{2}-\d{2}/) == nil { found.append("\(path): '\(text)' is not a date") }
            if format == "uuid", UUID(uuidString: text) == nil { found.append("\(path): '\(text)' is not a UUID") }
        }
        if let low = Self.number(rule["minimum"]), let number = Self.number(value), number < low { found.append("\(path): \(number) < \(low)") }
        if let high = Self.number(rule["maximum"]), let number = Self.number(value), number > high { found.append("\(path): \(number) > \(high)") }
        if case let .object(object) = value {
            for key in rule["required"]?.array?.compactMap(\.string) ?? [] where object[key] == nil {
                found.append("\(path): the key \(key) is missing")
            }
            let properties = rule["properties"]?.object ?? [:]
            for (key, item) in object {
                if let property = properties[key] {
                    found += problems(item, property, at: "\(path).\(key)")
                } else if let extra = rule["additionalProperties"], case .object = extra {
                    found += problems(item, extra, at: "\(path).\(key)")
                }
            }
        }
        if case let .array(items) = value, let itemSchema = rule["items"] {
            for (index, item) in items.enumerated() { found += problems(item, itemSchema, at: "\(path)[\(index)]") }
        }
        return found
    }

    private static func has(_ value: AnyJSON, type: String) -> Bool {
        switch (type, value) {
        case ("null", .null), ("boolean", .bool), ("string", .string), ("array", .array), ("object", .object), ("integer", .integer): true
        case ("number", .integer), ("number", .number): true
        case let ("integer", .number(number)): number.rounded() == number
        default: false
        }
    }

    private static func number(_ value: AnyJSON?) -> Double? {
        switch value {
        case let .integer(number)?: Double(number)
        case let .number(number)?: number
        default: nil
        }
    }

    private static func describe(_ value: AnyJSON) -> String {
        let text = "\(value)"
        return text.count > 80 ? String(text.prefix(80)) + "…" : text
    }
}
