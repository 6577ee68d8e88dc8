import Foundation // Date

/// One standard's annual return round for one year, as the region sets it (issue 13): the
/// date the data is as at, the day returns are due, and the day figures are published.
/// Each date is a whole UTC day, stored as its midnight.
public struct ReportingCycle: Sendable, Hashable, Codable {
    public var standard: Standard
    /// The WRES or WDES year: the return holds data as at `snapshot`.
    public var year: Int
    public var snapshot: Date
    /// Returns signed off on this day are on time; from the next day they are late.
    public var deadline: Date
    /// From this day the region may publish signed-off returns.
    public var publication: Date

    public init(standard: Standard, year: Int, snapshot: Date, deadline: Date, publication: Date) {
        self.standard = standard
        self.year = year
        self.snapshot = snapshot
        self.deadline = deadline
        self.publication = publication
    }

    /// The usual round: data as at 31 March, due 31 August, published 31 October, all of
    /// `year` (issue 13's defaults, matching the national timetable).
    public static func standardDates(_ standard: Standard, year: Int) -> ReportingCycle {
        ReportingCycle(
            standard: standard, year: year,
            snapshot: CalendarDay(year: year, month: 3, day: 31).start,
            deadline: CalendarDay(year: year, month: 8, day: 31).start,
            publication: CalendarDay(year: year, month: 10, day: 31).start
        )
    }

    /// The cycle with each date moved to the midnight of its UTC day, refused when the dates
    /// are out of order: the snapshot must come before the deadline, and the deadline no
    /// later than publication.
    public func validated() throws -> ReportingCycle {
        var cycle = self
        cycle.snapshot = CalendarDay(snapshot).start
        cycle.deadline = CalendarDay(deadline).start
        cycle.publication = CalendarDay(publication).start
        guard cycle.snapshot < cycle.deadline else {
            throw ParityError.invalidInput("The submission deadline must come after the snapshot date.")
        }
        guard cycle.deadline <= cycle.publication else {
            throw ParityError.invalidInput("The publication date must be on or after the submission deadline.")
        }
        return cycle
    }

    /// Whole days from `today` to the deadline: 0 on the deadline day, negative once past it.
    public func daysToDeadline(today: Date) -> Int {
        CalendarDay.days(from: today, to: deadline)
    }

    /// Whether `date` falls on a day after the deadline.
    public func isAfterDeadline(_ date: Date) -> Bool {
        CalendarDay(date) > CalendarDay(deadline)
    }

    /// Whether `today` is on or after the publication day, when publishing may start.
    public func isPublicationOpen(today: Date) -> Bool {
        CalendarDay(today) >= CalendarDay(publication)
    }

    /// "WRES 2026".
    public var name: String { "\(standard.rawValue) \(year)" }
}
