import Foundation // Date

/// An ISO 8601 week (Monday to Sunday, UTC). A submission keeps only its week, never an exact
/// time (issue 6: anonymous by construction). Week 1 is the week holding the year's first
/// Thursday, so 31 December 2020 is in 2020-W53 and 30 December 2024 in 2025-W01.
public struct VoiceWeek: Sendable, Hashable, Comparable {
    /// The ISO week-numbering year, which differs from the calendar year near 1 January.
    public let year: Int
    /// 1…52, or 1…53 in a long year.
    public let week: Int

    /// The week `week` of ISO year `year`; `week` must be 1…52, or 1…53 in a long year.
    public init(year: Int, week: Int) {
        precondition((1...Self.weekCount(inYear: year)).contains(week), "\(year) has no ISO week \(week)")
        self.year = year
        self.week = week
    }

    /// The week holding `date`, on the UTC calendar.
    public init(containing date: Date) {
        self.init(dayNumber: CalendarDay(date).dayNumber)
    }

    private init(dayNumber: Int) {
        let thursday = Self.monday(ofDay: dayNumber) + 3
        let year = CalendarDay(dayNumber: thursday).year
        self.year = year
        self.week = (thursday - CalendarDay(year: year, month: 1, day: 1).dayNumber) / 7 + 1
    }

    /// Midnight UTC at the start of the week's Monday.
    public var monday: Date { CalendarDay(dayNumber: mondayDayNumber).start }

    /// The week `weeks` later (earlier when negative), across year ends.
    public func adding(weeks: Int) -> VoiceWeek {
        VoiceWeek(dayNumber: mondayDayNumber + 7 * weeks)
    }

    /// 53 when the ISO year `year` has a week 53, else 52: the week of 28 December.
    public static func weekCount(inYear year: Int) -> Int {
        VoiceWeek(dayNumber: CalendarDay(year: year, month: 12, day: 28).dayNumber).week
    }

    public static func < (lhs: Self, rhs: Self) -> Bool {
        (lhs.year, lhs.week) < (rhs.year, rhs.week)
    }

    /// Days since 1 January 1970 of the week's Monday: week 1 starts on the Monday on or
    /// before 4 January, which is always in week 1.
    private var mondayDayNumber: Int {
        Self.monday(ofDay: CalendarDay(year: year, month: 1, day: 4).dayNumber) + 7 * (week - 1)
    }

    /// The Monday on or before a day: 1 January 1970 was a Thursday.
    private static func monday(ofDay dayNumber: Int) -> Int {
        let daysSinceMonday = ((dayNumber + 3) % 7 + 7) % 7
        return dayNumber - daysSinceMonday
    }
}
