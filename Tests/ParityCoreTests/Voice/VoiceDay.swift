import Foundation

/// Fixed UTC instants for staff voice tests, built with Foundation's own Gregorian calendar so
/// that they check `VoiceWeek`'s arithmetic rather than repeat it.
enum VoiceDay {
    static func utc(_ year: Int, _ month: Int, _ day: Int, _ hour: Int = 0, _ minute: Int = 0, _ second: Int = 0) -> Date {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(secondsFromGMT: 0)!
        return calendar.date(from: DateComponents(year: year, month: month, day: day, hour: hour, minute: minute, second: second))!
    }
}
