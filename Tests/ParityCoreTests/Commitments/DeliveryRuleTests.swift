import Foundation
import Testing
@testable import ParityCore

/// Every status rule and both sides of each boundary, with the commitment due 1 March 2027
/// at noon (`DeliveryFixtures`).
struct DeliveryRuleTests {
    private static func d(_ year: Int, _ month: Int, _ day: Int, _ hour: Int = 0, _ minute: Int = 0) -> Date {
        CommitmentDay.utc(year, month, day, hour, minute)
    }
    /// 1 December 2026 is 90 days before the due date: neither due soon nor overdue.
    private static let farToday = d(2026, 12, 1)
    private static let fresh = d(2026, 11, 28)

    @Test(arguments: [
        // 1. Declined wins over everything.
        (f(.done, lastUpdate: fresh, response: .decline, targets: [.notMet]), d(2027, 6, 1), DeliveryStatus.declined),
        (f(.inProgress, lastUpdate: fresh, response: .decline, targets: []), farToday, .declined),
        // A partial acceptance or none yet is judged like an acceptance.
        (f(.inProgress, lastUpdate: fresh, response: .partlyAccept, targets: []), farToday, .green),
        (f(.inProgress, lastUpdate: fresh, response: nil, targets: []), farToday, .green),
        // 2. Done: complete unless a target was not met, even after the due date.
        (f(.done, lastUpdate: fresh, response: .accept, targets: []), d(2027, 6, 1), .complete),
        (f(.done, lastUpdate: fresh, response: .accept, targets: [.met, .notYetDue, .noData]), farToday, .complete),
        (f(.done, lastUpdate: fresh, response: .accept, targets: [.met, .notMet]), farToday, .doneTargetMissed),
        (f(.done, lastUpdate: nil, response: .accept, targets: [.notMet]), d(2027, 6, 1), .doneTargetMissed),
        // 3. Overdue only from the day after the due date, whatever the time of day.
        (f(.inProgress, lastUpdate: d(2027, 2, 20), response: .accept, targets: []), d(2027, 3, 1, 23, 59), .amber),
        (f(.inProgress, lastUpdate: d(2027, 2, 20), response: .accept, targets: []), d(2027, 3, 2, 0, 0), .red),
        (f(.notStarted, lastUpdate: nil, response: .accept, targets: [.met]), d(2028, 1, 1), .red),
        (f(.blocked, lastUpdate: d(2027, 2, 20), response: .accept, targets: []), d(2027, 3, 2), .red),
        // 4a. Due within 30 days, inclusive: 30 January is 30 days before, 29 January 31.
        (f(.inProgress, lastUpdate: d(2027, 1, 20), response: .accept, targets: []), d(2027, 1, 30, 23, 0), .amber),
        (f(.inProgress, lastUpdate: d(2027, 1, 20), response: .accept, targets: []), d(2027, 1, 29, 23, 0), .green),
        // 4b. No update for 60 days, inclusive: 2 October to 1 December is 60 days, 3 October 59.
        (f(.inProgress, lastUpdate: d(2026, 10, 2, 23, 59), response: .accept, targets: []), farToday, .amber),
        (f(.inProgress, lastUpdate: d(2026, 10, 3), response: .accept, targets: []), farToday, .green),
        // …counted from creation when never updated, and from the update when there is one.
        (f(.notStarted, lastUpdate: nil, created: d(2026, 10, 2), response: .accept, targets: []), farToday, .amber),
        (f(.notStarted, lastUpdate: nil, created: d(2026, 10, 3), response: .accept, targets: []), farToday, .green),
        (f(.inProgress, lastUpdate: d(2026, 10, 3), created: d(2026, 4, 1), response: .accept, targets: []), farToday, .green),
        // 4c. Blocked is amber however fresh and far off.
        (f(.blocked, lastUpdate: fresh, response: .accept, targets: []), farToday, .amber),
        // 5. Otherwise green; targets do not count before done.
        (f(.notStarted, lastUpdate: fresh, response: .accept, targets: [.notMet]), farToday, .green),
    ])
    func status(facts: DeliveryFacts, today: Date, expected: DeliveryStatus) {
        #expect(DeliveryRule.standard.status(facts, today: today) == expected)
    }

    private static func f(
        _ declared: DeclaredState, lastUpdate: Date?, created: Date = DeliveryFixtures.created,
        response: SystemResponse?, targets: [TargetOutcome]
    ) -> DeliveryFacts {
        DeliveryFixtures.facts(declared, lastUpdate: lastUpdate, created: created, response: response, targets: targets)
    }

    @Test(arguments: [
        (d(2027, 2, 19), DeliveryStatus.amber), (d(2027, 2, 18), .green),
    ])
    func customAmberWindow(today: Date, expected: DeliveryStatus) {
        let rule = DeliveryRule(amberWindowDays: 10, staleUpdateDays: 60)
        #expect(rule.status(DeliveryFixtures.facts(lastUpdate: Self.d(2027, 2, 10)), today: today) == expected)
    }

    @Test(arguments: [
        (d(2026, 11, 17), DeliveryStatus.amber), (d(2026, 11, 18), .green),
    ])
    func customStaleWindow(lastUpdate: Date, expected: DeliveryStatus) {
        let rule = DeliveryRule(amberWindowDays: 30, staleUpdateDays: 14)
        #expect(rule.status(DeliveryFixtures.facts(lastUpdate: lastUpdate), today: Self.farToday) == expected)
    }

    @Test func standardThresholds() {
        #expect(DeliveryRule.standard == DeliveryRule(amberWindowDays: 30, staleUpdateDays: 60))
    }

    @Test(arguments: [
        (DeliveryStatus.red, true, "Overdue"), (.amber, false, "At risk"), (.green, false, "On track"),
        (.complete, false, "Complete"), (.doneTargetMissed, false, "Done, target missed"), (.declined, false, "Declined"),
    ])
    func escalationIsRedOnly(status: DeliveryStatus, escalated: Bool, label: String) {
        #expect(status.isEscalated == escalated)
        #expect(status.label == label)
    }

    @Test func everyStatusIsInTheEscalationTable() {
        #expect(DeliveryStatus.allCases.filter(\.isEscalated) == [.red])
        #expect(DeliveryStatus.allCases.map(\.rawValue) == ["red", "amber", "green", "complete", "done-target-missed", "declined"])
        #expect(DeclaredState.allCases.map(\.rawValue) == ["not-started", "in-progress", "done", "blocked"])
        #expect(SystemResponse.allCases.map(\.rawValue) == ["accept", "partly-accept", "decline"])
    }
}
