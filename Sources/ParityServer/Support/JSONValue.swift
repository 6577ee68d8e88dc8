import Foundation

/// A JSON document built explicitly, so that undefined figures appear as `null` (synthesized
/// `Encodable` would leave the key out) and the API and `parity report` print the same bytes.
enum JSONValue: Encodable, Equatable, Sendable {
    case null
    case bool(Bool)
    case number(Double)
    case integer(Int)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])

    static func number(_ value: Double?) -> JSONValue { value.map(JSONValue.number) ?? .null }
    static func integer(_ value: Int?) -> JSONValue { value.map(JSONValue.integer) ?? .null }
    static func string(_ value: String?) -> JSONValue { value.map(JSONValue.string) ?? .null }

    func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .null: try container.encodeNil()
        case let .bool(value): try container.encode(value)
        case let .number(value): try value.isFinite ? container.encode(value) : container.encodeNil()
        case let .integer(value): try container.encode(value)
        case let .string(value): try container.encode(value)
        case let .array(values): try container.encode(values)
        case let .object(values): try container.encode(values)
        }
    }

    /// The document as UTF-8 JSON with sorted keys (stable output for diffs and tests).
    func encoded(pretty: Bool = false) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = pretty ? [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(self)
    }
}
