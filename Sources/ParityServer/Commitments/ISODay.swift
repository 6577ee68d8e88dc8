import Foundation

/// Dates as `YYYY-MM-DD` (UTC), the form of due dates in forms, files and the JSON API.
enum ISODay {
    /// Midnight UTC at the start of the day `text` names; `nil` unless it is a real
    /// `YYYY-MM-DD` date.
    static func parse(_ text: String) -> Date? {
        let parts = text.trimmingCharacters(in: .whitespaces).split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]) else { return nil }
        let components = DateComponents(year: year, month: month, day: day)
        guard components.isValidDate(in: Calendar.utc) else { return nil }
        return Calendar.utc.date(from: components)
    }

    /// "2027-03-01".
    static func format(_ date: Date) -> String {
        let parts = Calendar.utc.dateComponents([.year, .month, .day], from: date)
        return String(format: "%04d-%02d-%02d", parts.year!, parts.month!, parts.day!)
    }

    /// Whole UTC calendar days from `from`'s day to `to`'s day: positive when `to` is later.
    static func days(from: Date, to: Date) -> Int {
        Calendar.utc.dateComponents([.day], from: Calendar.utc.startOfDay(for: from), to: Calendar.utc.startOfDay(for: to)).day!
    }
}
