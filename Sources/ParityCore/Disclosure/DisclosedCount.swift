/// A count as it may be shown: its value, or hidden by disclosure control.
public enum DisclosedCount: Sendable, Hashable, Codable {
    case value(Int)
    case suppressed

    /// The count when shown; `nil` when suppressed.
    public var value: Int? {
        if case let .value(count) = self { count } else { nil }
    }

    public var isSuppressed: Bool { self == .suppressed }

    /// The text a page shows: "*" when suppressed, otherwise the count with a comma between
    /// each group of three digits ("12,345"), the same in every locale.
    public var display: String {
        switch self {
        case .suppressed: "*"
        case let .value(count): Self.grouped(count)
        }
    }

    private static func grouped(_ count: Int) -> String {
        let digits = String(count.magnitude)
        var text = ""
        for (offset, digit) in digits.enumerated() {
            if offset > 0, (digits.count - offset) % 3 == 0 { text.append(",") }
            text.append(digit)
        }
        return count < 0 ? "-" + text : text
    }
}
