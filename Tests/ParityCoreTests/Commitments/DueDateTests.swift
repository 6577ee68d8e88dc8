import Foundation
import Testing
@testable import ParityCore

struct DueDateTests {
    private static func d(_ year: Int, _ month: Int, _ day: Int, _ hour: Int = 0, _ minute: Int = 0) -> Date {
        CommitmentDay.utc(year, month, day, hour, minute)
    }

    @Test(arguments: [
        // Each horizon, from 1 April 2026.
        (d(2026, 4, 1), "S", 18, d(2026, 10, 1)),
        (d(2026, 4, 1), "M", 18, d(2027, 4, 1)),
        (d(2026, 4, 1), "L", 18, d(2027, 10, 1)),
        // A pair is due when its completing horizon is.
        (d(2026, 4, 1), "S/M", 18, d(2027, 4, 1)),
        (d(2026, 4, 1), "M/L", 18, d(2027, 10, 1)),
        (d(2026, 4, 1), "S/L", 24, d(2028, 4, 1)),
        // Month-end clamping, leap years included.
        (d(2026, 8, 31), "S", 18, d(2027, 2, 28)),
        (d(2027, 8, 31), "S", 18, d(2028, 2, 29)),
        (d(2099, 8, 31), "S", 18, d(2100, 2, 28)),
        (d(2399, 8, 31), "S", 18, d(2400, 2, 29)),
        (d(2026, 3, 31), "S", 18, d(2026, 9, 30)),
        (d(2026, 8, 31), "M", 18, d(2027, 8, 31)),
        (d(2027, 8, 31), "L", 18, d(2029, 2, 28)),
        (d(2026, 5, 31), "M/L", 21, d(2028, 2, 29)),
        (d(2028, 2, 29), "M", 18, d(2029, 2, 28)),
        (d(2028, 2, 29), "L", 48, d(2032, 2, 29)),
        // Custom long months; below 12 is raised to 12, since long is 12+ months.
        (d(2026, 1, 15), "L", 30, d(2028, 7, 15)),
        (d(2026, 4, 1), "L", 12, d(2027, 4, 1)),
        (d(2026, 4, 1), "L", 6, d(2027, 4, 1)),
        // The start's time of day is kept.
        (d(2026, 8, 31, 14, 30), "S", 18, d(2027, 2, 28, 14, 30)),
    ])
    func due(start: Date, span: String, longMonths: Int, expected: Date) throws {
        let span = try #require(HorizonSpan(span))
        #expect(DueDate.due(programmeStart: start, span: span, longMonths: longMonths) == expected)
    }

    @Test func defaultLongIsEighteenMonths() throws {
        let span = try #require(HorizonSpan("L"))
        #expect(DueDate.due(programmeStart: Self.d(2026, 4, 1), span: span) == Self.d(2027, 10, 1))
        #expect(DueDate.months(.short) == 6 && DueDate.months(.medium) == 12 && DueDate.months(.long) == 18)
        #expect(DueDate.months(.long, longMonths: 6) == 12)
    }

    /// Every day from 1899 to 2101 matches Foundation's calendar, both ways.
    @Test func calendarDayMatchesFoundation() {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(secondsFromGMT: 0)!
        let first = CalendarDay(year: 1899, month: 1, day: 1).dayNumber
        let last = CalendarDay(year: 2101, month: 12, day: 31).dayNumber
        var mismatches = 0
        for number in stride(from: first, through: last, by: 1) {
            let date = Date(timeIntervalSince1970: Double(number) * 86_400 + 43_210)
            let parts = calendar.dateComponents([.year, .month, .day], from: date)
            let day = CalendarDay(date)
            if day.year != parts.year || day.month != parts.month || day.day != parts.day || day.dayNumber != number {
                mismatches += 1
            }
        }
        #expect(mismatches == 0)
        #expect(last - first + 1 == 74_144)
    }

    @Test func datesInWords() {
        #expect(CalendarDay(Self.d(2027, 3, 1, 23, 59)).text == "1 March 2027")
        #expect(CalendarDay(Self.d(1969, 12, 31, 12)).text == "31 December 1969")
    }
}
