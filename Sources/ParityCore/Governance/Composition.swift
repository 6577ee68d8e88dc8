import Foundation // Date

/// The make-up of a governance body on one day: how many members are in post and how many
/// declared each group. Percentages are over all members in post, Unknown included in the
/// denominator, as WRES indicator 9 counts a board (DOMAIN.md, WRES indicator 9).
public struct Composition: Sendable, Hashable {
    public let total: Int
    public let bme: Int
    public let white: Int
    /// Members who preferred not to say or have not declared their ethnicity.
    public let unknown: Int
    public let disabled: Int

    /// A composition of the given counts; `total` is BME + White + Unknown.
    public init(bme: Int, white: Int, unknown: Int, disabled: Int) {
        self.total = bme + white + unknown
        self.bme = bme
        self.white = white
        self.unknown = unknown
        self.disabled = disabled
    }

    /// BME members as a percentage (0–100) of all members; `nil` when there are none.
    public var bmePercent: Double? { percent(bme) }

    /// Disabled members as a percentage (0–100) of all members, undeclared included in the
    /// denominator; `nil` when there are none.
    public var disabledPercent: Double? { percent(disabled) }

    private func percent(_ count: Int) -> Double? {
        total == 0 ? nil : Double(count) * 100 / Double(total)
    }

    /// The make-up of the members in post on `date` (see `Membership.isInPost(on:)`).
    /// "Prefer not to say" and not declared both count as Unknown (DOMAIN.md, groups).
    public static func of(_ members: [Membership], on date: Date) -> Composition {
        let inPost = members.filter { $0.isInPost(on: date) }
        return Composition(
            bme: inPost.count { $0.ethnicity == .bme },
            white: inPost.count { $0.ethnicity == .white },
            unknown: inPost.count { $0.ethnicity == .preferNotToSay || $0.ethnicity == .notDeclared },
            disabled: inPost.count { $0.disability == .disabled }
        )
    }
}
