/// A ratio or percentage as it may be shown outside the owning organisation: its value,
/// withheld by disclosure control, or not defined (DOMAIN.md, disclosure control).
public enum DisclosedFigure: Sendable, Hashable, Codable {
    case value(Double)
    /// Defined, but built from a count below the policy's minimum or from a hidden count.
    case withheld
    /// No figure: missing data, a base of 0 or a reference likelihood of 0.
    case notApplicable

    /// The figure when shown; `nil` when withheld or not applicable.
    public var value: Double? {
        if case let .value(x) = self { x } else { nil }
    }

    /// The text a page shows: the value formatted by `format`, "*" when withheld, "n/a".
    public func display(_ format: (Double) -> String) -> String {
        switch self {
        case let .value(x): format(x)
        case .withheld: "*"
        case .notApplicable: "n/a"
        }
    }
}
