/// What a challenge is about, if anything in particular (issue 7): an indicator, a
/// commitment or a theme of staff voice. Stored as one string: "", "indicator:3",
/// "commitment:<id>", "theme:recruitment".
public enum ChallengeSubject: Sendable, Hashable {
    case none
    case indicator(Int)
    case commitment(String)
    case theme(String)

    /// The subject a stored string names; `nil` for an unknown kind, an empty id or theme, or
    /// an indicator that is not a positive whole number written plainly ("3", not "03").
    public init?(rawValue: String) {
        if rawValue.isEmpty {
            self = .none
            return
        }
        guard let colon = rawValue.firstIndex(of: ":") else { return nil }
        let kind = rawValue[..<colon]
        let value = String(rawValue[rawValue.index(after: colon)...])
        guard !value.isEmpty else { return nil }
        switch kind {
        case "indicator":
            // Only the canonical spelling, so that a subject has exactly one stored form.
            guard let number = Int(value), number > 0, String(number) == value else { return nil }
            self = .indicator(number)
        case "commitment": self = .commitment(value)
        case "theme": self = .theme(value)
        default: return nil
        }
    }

    /// The stored string: "" for none, otherwise "kind:value".
    public var rawValue: String {
        switch self {
        case .none: ""
        case .indicator(let number): "indicator:\(number)"
        case .commitment(let id): "commitment:\(id)"
        case .theme(let theme): "theme:\(theme)"
        }
    }
}

extension ChallengeSubject: Codable {
    /// Decodes the stored string form; an unreadable one is a decoding error.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let raw = try container.decode(String.self)
        guard let subject = ChallengeSubject(rawValue: raw) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "Not a challenge subject: \"\(raw)\"")
        }
        self = subject
    }

    /// Encodes as the stored string form.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}
