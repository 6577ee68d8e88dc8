import Foundation // trimming the letters' surrounding spaces

/// The horizons a recommendation spans: one ("M") or a pair from when work starts to when
/// it completes ("M/L"). The completing horizon sets the due date (`DueDate`).
public struct HorizonSpan: Sendable, Hashable, Codable {
    public let starts: Horizon
    public let completes: Horizon

    /// A span from `starts` to `completes`; `nil` when it would complete before it starts.
    public init?(starts: Horizon, completes: Horizon) {
        guard completes >= starts else { return nil }
        self.starts = starts
        self.completes = completes
    }

    /// Parses "S", "M", "L" or a pair "S/M", "M/L", "S/L" (letters in either case, spaces
    /// around them ignored). `nil` when a letter is unknown, when the pair completes
    /// before it starts ("L/M"), or when it names one horizon twice ("M/M"), so that every
    /// span has exactly one text.
    public init?(_ text: String) {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
            .map { Horizon(rawValue: $0.trimmingCharacters(in: .whitespaces).uppercased()) }
        switch parts.count {
        case 1:
            guard let only = parts[0] else { return nil }
            self.init(starts: only, completes: only)
        case 2:
            guard let first = parts[0], let last = parts[1], first != last else { return nil }
            self.init(starts: first, completes: last)
        default:
            return nil
        }
    }

    /// The stored and displayed short form: "M", "M/L".
    public var text: String {
        starts == completes ? starts.rawValue : "\(starts.rawValue)/\(completes.rawValue)"
    }

    /// The span in words: "Medium", "Medium to long".
    public var label: String {
        starts == completes ? starts.name : "\(starts.name) to \(completes.name.lowercased())"
    }

    /// Decodes the text form ("M/L"); a text `init?(_:)` rejects is a decoding error.
    public init(from decoder: Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let span = HorizonSpan(text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "unknown horizon span \(text)"))
        }
        self = span
    }

    /// Encodes the text form ("M/L").
    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(text)
    }
}

