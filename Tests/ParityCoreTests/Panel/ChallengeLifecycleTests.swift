import Foundation
import Testing
@testable import ParityCore

struct ChallengeLifecycleTests {
    /// A UTC instant.
    static func at(_ year: Int, _ month: Int, _ day: Int, _ hour: Int = 0, _ minute: Int = 0, _ second: Int = 0) -> Date {
        CalendarDay(year: year, month: month, day: day).start.addingTimeInterval(Double(hour * 3_600 + minute * 60 + second))
    }

    static let raised = at(2025, 7, 2, 10, 30)
    /// 2 July + 28 days.
    static let due = at(2025, 7, 30)

    static let open = ChallengeFacts(raisedAt: raised, dueAt: due)
    static let responded = ChallengeFacts(raisedAt: raised, dueAt: due, respondedAt: at(2025, 7, 20))
    static let closed = ChallengeFacts(raisedAt: raised, dueAt: due, respondedAt: at(2025, 7, 20), rating: .satisfied, closedAt: at(2025, 7, 25))
    static let escalated = ChallengeFacts(raisedAt: raised, dueAt: due, respondedAt: at(2025, 7, 20), escalatedAt: at(2025, 7, 25))
    static let escalatedUnanswered = ChallengeFacts(raisedAt: raised, dueAt: due, escalatedAt: at(2025, 8, 4))

    @Test(arguments: [
        (at(2025, 7, 2, 10, 30), at(2025, 7, 30)),
        (at(2025, 7, 2), at(2025, 7, 30)),
        (at(2025, 7, 2, 23, 59, 59), at(2025, 7, 30)),
        (at(2025, 2, 10, 12), at(2025, 3, 10)),
        (at(2024, 2, 10, 12), at(2024, 3, 9)),
        (at(2025, 12, 20, 9), at(2026, 1, 17)),
    ])
    func defaultDue(raisedAt: Date, expected: Date) {
        #expect(ChallengeLifecycle.defaultDue(raisedAt: raisedAt) == expected)
    }

    @Test func defaultIs28Days() {
        #expect(ChallengeLifecycle.defaultResponseDays == 28)
    }

    @Test(arguments: [
        (open, ChallengeStatus.open),
        (responded, .responded),
        (closed, .closed),
        (escalated, .escalated),
        (escalatedUnanswered, .escalated),
        (ChallengeFacts(raisedAt: raised, dueAt: due, respondedAt: at(2025, 7, 20), rating: .notSatisfied, closedAt: at(2025, 7, 25), escalatedAt: at(2025, 7, 25)), .escalated),
    ])
    func status(_ facts: ChallengeFacts, expected: ChallengeStatus) {
        #expect(ChallengeLifecycle.status(facts) == expected)
    }

    @Test(arguments: [
        (open, at(2025, 7, 29, 23, 59, 59), false),
        (open, at(2025, 7, 30), false),
        (open, at(2025, 7, 30, 23, 59, 59), false),
        (open, at(2025, 7, 31), true),
        (open, at(2025, 9, 1), true),
        (ChallengeFacts(raisedAt: raised, dueAt: at(2025, 7, 30, 15)), at(2025, 7, 30, 20), false),
        (ChallengeFacts(raisedAt: raised, dueAt: at(2025, 7, 30, 15)), at(2025, 7, 31), true),
        (ChallengeFacts(raisedAt: raised, dueAt: due, respondedAt: at(2025, 8, 2)), at(2025, 8, 3), false),
        (closed, at(2025, 9, 1), false),
        (escalatedUnanswered, at(2025, 9, 1), false),
    ])
    func overdue(_ facts: ChallengeFacts, now: Date, expected: Bool) {
        #expect(ChallengeLifecycle.isOverdue(facts, now: now) == expected)
    }

    static let noResponseToRate = "This challenge has no response yet, so it cannot be rated"
    static let notOverdue = "This challenge has no response yet and its response is not overdue, so it cannot be escalated"
    static let board = "This challenge has been escalated to the regional People Board, so it cannot be"

    @Test(arguments: [
        (open, ChallengeAction.respond, nil),
        (open, .rate, noResponseToRate),
        (open, .escalate, notOverdue),
        (open, .addNote, nil),
        (responded, .respond, nil),
        (responded, .rate, nil),
        (responded, .escalate, nil),
        (responded, .addNote, nil),
        (closed, .respond, "This challenge is closed, so it cannot be responded to"),
        (closed, .rate, "This challenge is closed, so it cannot be rated"),
        (closed, .escalate, "This challenge is closed, so it cannot be escalated"),
        (closed, .addNote, nil),
        (escalated, .respond, "\(board) responded to"),
        (escalated, .rate, "\(board) rated"),
        (escalated, .escalate, "\(board) escalated"),
        (escalated, .addNote, nil),
        (escalatedUnanswered, .respond, "\(board) responded to"),
        (escalatedUnanswered, .addNote, nil),
    ] as [(ChallengeFacts, ChallengeAction, String?)])
    func check(_ facts: ChallengeFacts, action: ChallengeAction, refusal: String?) {
        #expect(ChallengeLifecycle.check(action, facts)?.message == refusal)
    }

    @Test(arguments: [
        (open, at(2025, 7, 30, 23, 59, 59), notOverdue),
        (open, at(2025, 7, 31), nil),
        (responded, at(2025, 7, 21), nil),
        (closed, at(2025, 9, 1), "This challenge is closed, so it cannot be escalated"),
        (escalatedUnanswered, at(2025, 9, 1), "\(board) escalated"),
    ] as [(ChallengeFacts, Date, String?)])
    func escalateWithClock(_ facts: ChallengeFacts, now: Date, refusal: String?) {
        #expect(ChallengeLifecycle.check(.escalate, facts, now: now)?.message == refusal)
        #expect(ChallengeLifecycle.canEscalate(facts, now: now) == (refusal == nil))
    }

    /// The clock only ever widens escalation: every other verdict is the same as without it.
    @Test(arguments: [open, responded, closed, escalated], [ChallengeAction.respond, .rate, .addNote])
    func clockChangesOnlyEscalation(_ facts: ChallengeFacts, action: ChallengeAction) {
        #expect(ChallengeLifecycle.check(action, facts, now: Self.at(2025, 9, 1)) == ChallengeLifecycle.check(action, facts))
    }

    @Test func labels() {
        #expect(ChallengeStatus.allCases.map(\.label) == ["Waiting for a response", "Responded", "Closed", "Escalated to the regional People Board"])
        #expect(ChallengeRating.allCases.map(\.label) == ["Satisfied", "Partly satisfied", "Not satisfied"])
        #expect(ChallengeRating.allCases.map(\.rawValue) == ["satisfied", "partly-satisfied", "not-satisfied"])
        #expect(ChallengeStatus.allCases.map(\.rawValue) == ["open", "responded", "closed", "escalated"])
    }
}
