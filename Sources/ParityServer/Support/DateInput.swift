import Foundation

/// Dates typed into forms as `YYYY-MM-DD` (the HTML date input's format), read as the start
/// of that day in UTC.
enum DateInput {
    static func parse(_ text: String?) -> Date? {
        guard let text else { return nil }
        let parts = text.trimmingCharacters(in: .whitespaces).split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3, (1900...2200).contains(parts[0]), (1...12).contains(parts[1]), (1...31).contains(parts[2]) else { return nil }
        let components = DateComponents(year: parts[0], month: parts[1], day: parts[2])
        guard let date = Calendar.utc.date(from: components),
              Calendar.utc.component(.day, from: date) == parts[2] else { return nil }
        return date
    }

    static func format(_ date: Date) -> String {
        let parts = Calendar.utc.dateComponents([.year, .month, .day], from: date)
        return String(format: "%04d-%02d-%02d", parts.year!, parts.month!, parts.day!)
    }
}
