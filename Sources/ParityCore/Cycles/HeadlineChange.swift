/// One headline a revision of a return changed, as the public read it before the region
/// accepted the revision and after (issue 20): "Indicator 2: 1.53 → 1.21".
public struct HeadlineChange: Sendable, Hashable, Codable {
    /// "Indicator 2" or "Metric 4a-i".
    public var subject: String
    public var before: String
    public var after: String

    public init(subject: String, before: String, after: String) {
        self.subject = subject
        self.before = before
        self.after = after
    }

    /// "Indicator 2: 1.53 → 1.21".
    public var text: String { "\(subject): \(before) → \(after)" }

    /// The WRES headlines (indicators 1–9, `PublishedWRES.headlineText`) that differ between
    /// two readings of one organisation's figures, in indicator order.
    public static func wres(before: PublishedWRES, after: PublishedWRES) -> [HeadlineChange] {
        (1...9).compactMap { indicator in
            changed("Indicator \(indicator)", before.headlineText(indicator: indicator), after.headlineText(indicator: indicator))
        }
    }

    /// The WDES headlines (`PublishedWDES.headlineText`) that differ, in metric order.
    public static func wdes(before: PublishedWDES, after: PublishedWDES) -> [HeadlineChange] {
        WDESMetric.allCases.compactMap { metric in
            changed("Metric \(metric.rawValue)", before.headlineText(metric: metric), after.headlineText(metric: metric))
        }
    }

    private static func changed(_ subject: String, _ before: String, _ after: String) -> HeadlineChange? {
        before == after ? nil : HeadlineChange(subject: subject, before: before, after: after)
    }
}
