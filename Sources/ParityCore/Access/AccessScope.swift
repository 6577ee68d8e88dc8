/// Where a role grant applies. The text form (`region`, `system:CODE`, `organisation:CODE`) is
/// also the Codable form, so a grant stores as two plain strings.
public enum AccessScope: Sendable, Hashable, Codable {
    /// The whole region: every system and organisation.
    case region
    /// One integrated care system, by code, and the organisations in it.
    case system(String)
    /// One organisation, by code.
    case organisation(String)

    /// Parses the text form; `nil` when it is not `region`, `system:CODE` or `organisation:CODE`.
    public init?(rawValue: String) {
        if rawValue == "region" {
            self = .region
            return
        }
        let parts = rawValue.split(separator: ":", maxSplits: 1).map(String.init)
        guard parts.count == 2, !parts[1].isEmpty else { return nil }
        switch parts[0] {
        case "system": self = .system(parts[1])
        case "organisation": self = .organisation(parts[1])
        default: return nil
        }
    }

    /// The text form, e.g. `system:QWE`.
    public var rawValue: String {
        switch self {
        case .region: "region"
        case let .system(code): "system:\(code)"
        case let .organisation(code): "organisation:\(code)"
        }
    }

    /// The scope as people read it, e.g. "System QWE".
    public var label: String {
        switch self {
        case .region: "Whole region"
        case let .system(code): "System \(code)"
        case let .organisation(code): "Organisation \(code)"
        }
    }

    public init(from decoder: Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let scope = AccessScope(rawValue: text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "unknown access scope \(text)"))
        }
        self = scope
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}
