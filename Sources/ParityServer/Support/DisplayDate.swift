import Foundation

/// Dates as people in the UK read them, independent of the server's locale and time zone.
enum DisplayDate {
    private static let months = ["January", "February", "March", "April", "May", "June", "July",
                                 "August", "September", "October", "November", "December"]

    /// "29 November 2026".
    static func date(_ date: Date) -> String {
        let parts = Calendar.utc.dateComponents([.year, .month, .day], from: date)
        return "\(parts.day!) \(months[parts.month! - 1]) \(parts.year!)"
    }

    /// "29 November 2026 at 19:05 UTC".
    static func dateTime(_ date: Date) -> String {
        let parts = Calendar.utc.dateComponents([.hour, .minute], from: date)
        return self.date(date) + String(format: " at %02d:%02d UTC", parts.hour!, parts.minute!)
    }
}
