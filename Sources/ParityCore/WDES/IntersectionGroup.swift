/// A group at the intersection of ethnicity (White, BME, Unknown) and disability (Disabled,
/// non-disabled, Unknown). The raw value joins the two group names with "+", as in
/// "bme+disabled". Groups with an Unknown side are counted and never compared (DOMAIN.md).
public struct IntersectionGroup: Sendable, Hashable, Codable, Comparable, CustomStringConvertible {
    public let ethnicity: PopulationGroup
    public let disability: PopulationGroup

    /// The ethnicity side, in table-row order.
    public static let ethnicities: [PopulationGroup] = Standard.wres.groups
    /// The disability side, in table-column order.
    public static let disabilities: [PopulationGroup] = Standard.wdes.groups

    /// The group; `nil` unless `ethnicity` is a WRES group and `disability` a WDES group.
    public init?(ethnicity: PopulationGroup, disability: PopulationGroup) {
        guard Self.ethnicities.contains(ethnicity), Self.disabilities.contains(disability) else { return nil }
        self.ethnicity = ethnicity
        self.disability = disability
    }

    /// Parses "white+non-disabled" and the like; `nil` for any other text.
    public init?(rawValue: String) {
        let parts = rawValue.split(separator: "+", omittingEmptySubsequences: false).map(String.init)
        guard parts.count == 2, let ethnicity = PopulationGroup(rawValue: parts[0]),
              let disability = PopulationGroup(rawValue: parts[1]) else { return nil }
        self.init(ethnicity: ethnicity, disability: disability)
    }

    private init(_ ethnicity: PopulationGroup, _ disability: PopulationGroup) {
        self.ethnicity = ethnicity
        self.disability = disability
    }

    public var rawValue: String { "\(ethnicity.rawValue)+\(disability.rawValue)" }
    public var description: String { rawValue }

    /// The name people read: "BME Disabled", "White non-disabled", "Unknown ethnicity, Disabled".
    public var label: String {
        let disabilityName = disability == .unknown ? "unknown disability" : WDESWording.name(disability)
        return ethnicity == .unknown ? "Unknown ethnicity, \(disabilityName)" : "\(ethnicity.label) \(disabilityName)"
    }

    /// True when neither side is Unknown, so the group takes part in comparisons.
    public var isCompared: Bool { ethnicity != .unknown && disability != .unknown }

    public static let whiteNonDisabled = IntersectionGroup(.white, .nonDisabled)
    public static let whiteDisabled = IntersectionGroup(.white, .disabled)
    public static let bmeNonDisabled = IntersectionGroup(.bme, .nonDisabled)
    public static let bmeDisabled = IntersectionGroup(.bme, .disabled)

    /// The compared groups, reference (White non-disabled) last.
    public static let compared: [IntersectionGroup] = [.bmeDisabled, .bmeNonDisabled, .whiteDisabled, .whiteNonDisabled]

    /// All nine groups, ethnicity then disability order.
    public static let all: [IntersectionGroup] = ethnicities.flatMap { e in disabilities.map { IntersectionGroup(e, $0) } }

    public static func < (lhs: Self, rhs: Self) -> Bool {
        (lhs.ethnicity, lhs.disability) < (rhs.ethnicity, rhs.disability)
    }
}
