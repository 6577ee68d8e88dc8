import Foundation // Date

/// When organisations that have not submitted are reminded of a cycle's deadline (issue 13).
/// Reminders are worked out from the clock whenever `parity reminders send` runs, so a
/// missed day is caught up by the next run and a run repeated on one day sends nothing new.
public struct ReminderSchedule: Sendable, Hashable {
    /// Days before the deadline at which a reminder is due, e.g. 28, 14, 7 and 1.
    public let offsets: [Int]

    public init(offsets: [Int]) {
        self.offsets = Array(Set(offsets.filter { $0 >= 0 })).sorted(by: >)
    }

    /// Four weeks, two weeks, one week and one day before the deadline.
    public static let standard = ReminderSchedule(offsets: [28, 14, 7, 1])

    /// The offset a reminder is due for on `today`, or nil: the smallest offset already
    /// reached (days to the deadline ≤ offset), unless a reminder for it was sent. Only one
    /// reminder goes out however many offsets a run has missed, and none after the deadline
    /// day or for an organisation already signed off.
    public func due(in cycle: ReportingCycle, today: Date, signedOff: Bool, sent: Set<Int>) -> Int? {
        guard !signedOff else { return nil }
        let days = cycle.daysToDeadline(today: today)
        guard days >= 0, let offset = offsets.last(where: { days <= $0 }) else { return nil }
        return sent.contains(offset) ? nil : offset
    }
}
