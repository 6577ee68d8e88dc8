import Foundation // Calendar, Date

/// The one calendar of governance dates: Gregorian in UTC, so that month arithmetic and the
/// day a date falls on do not depend on the server's time zone or locale.
enum GovernanceCalendar {
    static let utc: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(secondsFromGMT: 0)!
        return calendar
    }()

    /// `date` moved by whole calendar months; a day past the end of the month lands on its
    /// last day (31 August + 6 months = 28 or 29 February).
    static func adding(months: Int, to date: Date) -> Date {
        // Gregorian month addition is defined for every date a `Date` can hold.
        utc.date(byAdding: .month, value: months, to: date)!
    }

    /// A day as people write it in the UK, the same in every locale: "1 June 2025".
    static func text(_ date: Date) -> String {
        let parts = utc.dateComponents([.day, .month, .year], from: date)
        return "\(parts.day!) \(monthNames[parts.month! - 1]) \(parts.year!)"
    }

    private static let monthNames = [
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ]
}
