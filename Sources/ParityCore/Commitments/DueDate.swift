import Foundation // Date

/// When a recommendation is due, from the programme's start and its horizons (issue 5).
public enum DueDate {
    /// The fewest months a long horizon may run ("12+ months"); a shorter `longMonths` is
    /// raised to this.
    public static let minimumLongMonths = 12

    /// The months after the programme start at which a horizon completes: short 6, medium
    /// 12, long `longMonths` (default 18, at least `minimumLongMonths`), the end of each
    /// horizon's range (issue 5: short 3–6, medium 6–12, long 12+ months).
    public static func months(_ horizon: Horizon, longMonths: Int = 18) -> Int {
        switch horizon {
        case .short: 6
        case .medium: 12
        case .long: max(longMonths, minimumLongMonths)
        }
    }

    /// The due date: the programme start plus the months of the span's completing horizon
    /// (`months(_:longMonths:)`), in the UTC Gregorian calendar, keeping the start's time of
    /// day. A day missing from the due month is clamped to that month's last day: 31 August
    /// + 6 months is 28 February, or 29 in a leap year.
    public static func due(programmeStart: Date, span: HorizonSpan, longMonths: Int = 18) -> Date {
        let startDay = CalendarDay(programmeStart)
        let timeOfDay = programmeStart.timeIntervalSince(startDay.start)
        let dueDay = startDay.adding(months: months(span.completes, longMonths: longMonths))
        return dueDay.start.addingTimeInterval(timeOfDay)
    }
}
