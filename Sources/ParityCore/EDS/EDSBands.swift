/// Where an organisation's EDS 2022 total (0–33) falls: below `developingFrom` is
/// Undeveloped, then Developing, Achieving from `achievingFrom`, Excelling from
/// `excellingAt`. One policy value, because published guidance varies (DOMAIN.md, EDS 2022;
/// project default <8, 8–21, 22–32, 33).
public struct EDSBands: Sendable, Hashable, Codable {
    public var developingFrom = 8
    public var achievingFrom = 22
    public var excellingAt = 33

    /// Bands with the given lower edges (each inclusive); the defaults are DOMAIN.md's.
    public init(developingFrom: Int = 8, achievingFrom: Int = 22, excellingAt: Int = 33) {
        self.developingFrom = developingFrom
        self.achievingFrom = achievingFrom
        self.excellingAt = excellingAt
    }

    /// DOMAIN.md's bands: <8 Undeveloped, 8–21 Developing, 22–32 Achieving, 33 Excelling.
    public static let standard = EDSBands()

    /// The band of a total score out of 33; each lower edge belongs to the band it starts.
    public func band(for total: Int) -> EDSRating {
        if total >= excellingAt { return .excelling }
        if total >= achievingFrom { return .achieving }
        if total >= developingFrom { return .developing }
        return .undeveloped
    }

    /// Whether the edges rise strictly inside 1–33, so that every band holds at least one total.
    public var isConsistent: Bool {
        0 < developingFrom && developingFrom < achievingFrom && achievingFrom < excellingAt
            && excellingAt <= EDSAssessment.maximumScore
    }
}
