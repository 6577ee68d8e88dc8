import Foundation

extension Calendar {
    /// The Gregorian calendar in UTC: reporting years and snapshot dates do not depend on
    /// the server's time zone.
    static let utc: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar
    }()

    /// 31 March of `year`: the date WRES and WDES data are taken as at.
    func snapshotDate(year: Int) -> Date {
        date(from: DateComponents(year: year, month: 3, day: 31, hour: 12))!
    }
}
