extension VoiceWeek: RawRepresentable, Codable {
    /// The ISO 8601 form, "2026-W48": how a week is stored and written in links.
    public var rawValue: String {
        let number = String(week)
        return "\(year)-W" + (number.count < 2 ? "0" + number : number)
    }

    /// The week written as "2026-W48" (four-digit year, two-digit week); `nil` for any other
    /// text or a week the year does not have.
    public init?(rawValue: String) {
        let parts = rawValue.split(separator: "-W", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 4, parts[1].count == 2,
              parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              let year = Int(parts[0]), let week = Int(parts[1]),
              (1...Self.weekCount(inYear: year)).contains(week)
        else { return nil }
        self.init(year: year, week: week)
    }
}

extension VoiceWeek {
    /// Encoded as its raw value, "2026-W48".
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let week = VoiceWeek(rawValue: text) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "\(text) is not an ISO week such as 2026-W48")
        }
        self = week
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}
