/// A count of events out of a base: appointed of shortlisted, staff entering a process of
/// headcount, respondents answering yes of respondents. Holding the raw counts (not the
/// ratio) lets roll-ups pool counts and lets every interval be computed from them
/// (DOMAIN.md, shared arithmetic).
public struct Proportion: Sendable, Hashable, Codable {
    public let events: Int
    public let base: Int

    /// A proportion of `events` out of `base`, both raw counts; not validated here, so that
    /// inconsistent returns surface as undefined figures rather than crashes.
    public init(events: Int, base: Int) {
        self.events = events
        self.base = base
    }

    /// Whether the counts can describe a proportion: a positive base and events within it.
    /// A return that counts more events than its base is inconsistent and yields no figure.
    public var isDefined: Bool { base > 0 && events >= 0 && events <= base }

    /// The proportion in units 0–1; `nil` when the base is 0 or the counts are inconsistent.
    public var value: Double? {
        isDefined ? Double(events) / Double(base) : nil
    }

    /// The proportion as a percentage, 0–100; `nil` exactly when `value` is.
    public var percent: Double? {
        isDefined ? Double(events) * 100 / Double(base) : nil
    }

    /// Adds the counts of two periods or organisations (DOMAIN.md: pool counts, never ratios).
    public static func + (lhs: Proportion, rhs: Proportion) -> Proportion {
        Proportion(events: lhs.events + rhs.events, base: lhs.base + rhs.base)
    }
}
