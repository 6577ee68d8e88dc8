import Foundation
import Testing
@testable import ParityCore

struct VoiceWeekTests {
    @Test(arguments: [
        (VoiceDay.utc(2020, 12, 31, 23, 59), 2020, 53),
        (VoiceDay.utc(2021, 1, 3, 12), 2020, 53),
        (VoiceDay.utc(2021, 1, 4), 2021, 1),
        (VoiceDay.utc(2024, 12, 29, 23, 59, 59), 2024, 52),
        (VoiceDay.utc(2024, 12, 30), 2025, 1),
        (VoiceDay.utc(2026, 1, 1), 2026, 1),
        (VoiceDay.utc(2026, 11, 26), 2026, 48),
        (VoiceDay.utc(2027, 1, 3), 2026, 53),
        (VoiceDay.utc(2016, 1, 1), 2015, 53),
        (VoiceDay.utc(2008, 12, 29), 2009, 1),
        (VoiceDay.utc(1969, 12, 31), 1970, 1),
    ])
    func weekContaining(date: Date, year: Int, week: Int) {
        #expect(VoiceWeek(containing: date) == VoiceWeek(year: year, week: week))
    }

    @Test func agreesWithFoundationEveryDayForTenYears() {
        var calendar = Calendar(identifier: .iso8601)
        calendar.timeZone = TimeZone(secondsFromGMT: 0)!
        let start = VoiceDay.utc(2019, 1, 1, 13)
        for day in 0..<(366 * 10) {
            let date = start.addingTimeInterval(Double(day) * 86_400)
            let parts = calendar.dateComponents([.yearForWeekOfYear, .weekOfYear], from: date)
            #expect(VoiceWeek(containing: date) == VoiceWeek(year: parts.yearForWeekOfYear!, week: parts.weekOfYear!))
        }
    }

    @Test(arguments: [
        (2020, 53, VoiceDay.utc(2020, 12, 28)), (2025, 1, VoiceDay.utc(2024, 12, 30)),
        (2026, 48, VoiceDay.utc(2026, 11, 23)), (2021, 1, VoiceDay.utc(2021, 1, 4)),
    ])
    func monday(year: Int, week: Int, monday: Date) {
        #expect(VoiceWeek(year: year, week: week).monday == monday)
    }

    @Test func addingCrossesYears() {
        #expect(VoiceWeek(year: 2020, week: 52).adding(weeks: 1) == VoiceWeek(year: 2020, week: 53))
        #expect(VoiceWeek(year: 2020, week: 53).adding(weeks: 1) == VoiceWeek(year: 2021, week: 1))
        #expect(VoiceWeek(year: 2025, week: 1).adding(weeks: -1) == VoiceWeek(year: 2024, week: 52))
        // 2026 has 53 weeks: 44 weeks to 2027-W01, 52 more to 2028-W01, then 8.
        #expect(VoiceWeek(year: 2026, week: 10).adding(weeks: 104) == VoiceWeek(year: 2028, week: 9))
        #expect(VoiceWeek(year: 2026, week: 10).adding(weeks: 0) == VoiceWeek(year: 2026, week: 10))
    }

    @Test func weekCounts() {
        #expect([2015, 2020, 2026, 2032].map(VoiceWeek.weekCount(inYear:)) == [53, 53, 53, 53])
        #expect([2021, 2024, 2025, 2027].map(VoiceWeek.weekCount(inYear:)) == [52, 52, 52, 52])
    }

    @Test(arguments: [("2026-W48", 2026, 48), ("2026-W05", 2026, 5), ("2020-W53", 2020, 53)])
    func rawValueRoundTrip(raw: String, year: Int, week: Int) throws {
        let value = VoiceWeek(year: year, week: week)
        #expect(value.rawValue == raw)
        #expect(VoiceWeek(rawValue: raw) == value)
        let json = try JSONEncoder().encode([value])
        #expect(String(decoding: json, as: UTF8.self) == "[\"\(raw)\"]")
        #expect(try JSONDecoder().decode([VoiceWeek].self, from: json) == [value])
    }

    @Test(arguments: ["2021-W53", "2026-W00", "2026-W5", "2026-w48", "26-W48", "2026W48", "2026-W48x", "", "2026-W-1"])
    func rejectsBadRawValues(raw: String) {
        #expect(VoiceWeek(rawValue: raw) == nil)
    }

    @Test func ordering() {
        #expect(VoiceWeek(year: 2020, week: 53) < VoiceWeek(year: 2021, week: 1))
        #expect(VoiceWeek(year: 2021, week: 2) > VoiceWeek(year: 2021, week: 1))
    }
}
