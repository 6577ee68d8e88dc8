import Foundation // Date

/// How many of a body's people decisions the staff network was involved in, out of all
/// recorded (issue 7: "the share of decisions with network involvement … over the last 12
/// months feeds the maturity matrix").
public struct InvolvementShare: Sendable, Hashable, Codable {
    public let involved: Int
    public let total: Int

    public init(involved: Int, total: Int) {
        self.involved = involved
        self.total = total
    }

    /// The share involved, 0–1; `nil` when no decisions were recorded.
    public var share: Double? {
        total == 0 ? nil : Double(involved) / Double(total)
    }

    /// The share over the 12 months up to and including `today`, in UTC days: a decision
    /// counts when its day is after the day exactly 12 calendar months before today and not
    /// after today. So on 2 July 2025 the window is 3 July 2024 to 2 July 2025; 2 July 2024
    /// is out (it would make the window 12 months and a day). Future-dated decisions are left
    /// out. A day missing from the earlier month is clamped, as in `CalendarDay.adding(months:)`
    /// (on 29 February 2024 the window starts on 1 March 2023).
    public static func lastTwelveMonths(_ decisions: [(date: Date, involvement: NetworkInvolvement)], today: Date) -> InvolvementShare {
        let last = CalendarDay(today)
        let excludedBefore = last.adding(months: -12)
        let inWindow = decisions.filter {
            let day = CalendarDay($0.date)
            return day > excludedBefore && day <= last
        }
        return InvolvementShare(involved: inWindow.count(where: { $0.involvement.isInvolved }), total: inWindow.count)
    }
}
