import Foundation
import Testing
@testable import ParityCore

/// Reminder offsets before the 31 August 2026 deadline, and that a run repeated or resumed
/// never reminds anyone twice for the same offset.
struct ReminderScheduleTests {
    static let cycle = ReportingCycle.standardDates(.wres, year: 2026)
    static let schedule = ReminderSchedule.standard
    static func d(_ month: Int, _ day: Int) -> Date { CommitmentDay.utc(2026, month, day, 6) }

    @Test func eachOffsetIsDueOnItsDay() {
        #expect(Self.schedule.due(in: Self.cycle, today: Self.d(8, 2), signedOff: false, sent: []) == nil) // 29 days
        #expect(Self.schedule.due(in: Self.cycle, today: Self.d(8, 3), signedOff: false, sent: []) == 28)
        #expect(Self.schedule.due(in: Self.cycle, today: Self.d(8, 17), signedOff: false, sent: [28]) == 14)
        #expect(Self.schedule.due(in: Self.cycle, today: Self.d(8, 24), signedOff: false, sent: [28, 14]) == 7)
        #expect(Self.schedule.due(in: Self.cycle, today: Self.d(8, 30), signedOff: false, sent: [28, 14, 7]) == 1)
    }

    @Test func aRunRepeatedTheSameDayOrTheNextSendsNothingNew() {
        #expect(Self.schedule.due(in: Self.cycle, today: Self.d(8, 3), signedOff: false, sent: [28]) == nil)
        #expect(Self.schedule.due(in: Self.cycle, today: Self.d(8, 4), signedOff: false, sent: [28]) == nil)
        #expect(Self.schedule.due(in: Self.cycle, today: Self.d(8, 16), signedOff: false, sent: [28]) == nil)
    }

    @Test func aLateFirstRunSendsOneReminderForTheNearestOffset() {
        // The scheduler first ran 10 days before the deadline: one reminder, for 14.
        #expect(Self.schedule.due(in: Self.cycle, today: Self.d(8, 21), signedOff: false, sent: []) == 14)
        #expect(Self.schedule.due(in: Self.cycle, today: Self.d(8, 22), signedOff: false, sent: [14]) == nil)
    }

    @Test func noReminderAfterTheDeadlineOrOnceSignedOff() {
        #expect(Self.schedule.due(in: Self.cycle, today: Self.d(8, 31), signedOff: false, sent: [28, 14, 7]) == 1)
        #expect(Self.schedule.due(in: Self.cycle, today: Self.d(9, 1), signedOff: false, sent: [28, 14, 7]) == nil)
        #expect(Self.schedule.due(in: Self.cycle, today: Self.d(8, 30), signedOff: true, sent: []) == nil)
    }

    @Test func offsetsAreSortedAndDeduplicated() {
        #expect(ReminderSchedule(offsets: [7, 28, 7, -1, 1]).offsets == [28, 7, 1])
    }
}
