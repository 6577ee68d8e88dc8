/// The threshold for staff voice and pulse results (DOMAIN.md, Disclosure control: "no
/// breakdown with fewer than 10 contributions").
public enum VoiceDisclosure {
    /// Fewest contributions a shown count may have.
    public static let minimumContributions = 10
}

/// A staff voice or pulse count as it may be shown.
public enum VoiceCount: Sendable, Hashable, Codable {
    /// The count, at least the minimum (or any size where a rule says so, such as a pulse
    /// option of a question with enough responses).
    case shown(Int)
    /// A count below the minimum, 0 included: saying "none" would itself be a breakdown.
    case fewerThanMinimum
    /// A count at or above the minimum, hidden so that a smaller count in the same row cannot
    /// be worked out from the row's total (`VoiceBreakdown`). Not labelled "fewer than 10",
    /// which would be untrue.
    case withheld

    /// The count as `minimum`'s rule shows it: `.shown` from `minimum` up, else
    /// `.fewerThanMinimum` (0 through `minimum` − 1). DOMAIN.md, Disclosure control.
    public static func disclose(_ count: Int, minimum: Int = VoiceDisclosure.minimumContributions) -> VoiceCount {
        count >= minimum ? .shown(count) : .fewerThanMinimum
    }

    /// "12", "fewer than 10" or "withheld" (with the default minimum of 10).
    public var display: String {
        switch self {
        case let .shown(count): String(count)
        case .fewerThanMinimum: "fewer than \(VoiceDisclosure.minimumContributions)"
        case .withheld: "withheld"
        }
    }

    /// The count when shown; `nil` when hidden.
    public var value: Int? {
        if case let .shown(count) = self { count } else { nil }
    }
}
