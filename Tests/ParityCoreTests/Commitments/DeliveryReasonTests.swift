import Foundation
import Testing
@testable import ParityCore

struct DeliveryReasonTests {
    private static func d(_ year: Int, _ month: Int, _ day: Int, _ hour: Int = 0, _ minute: Int = 0) -> Date {
        CommitmentDay.utc(year, month, day, hour, minute)
    }

    @Test(arguments: [
        (f(.inProgress, lastUpdate: d(2027, 2, 20), response: .accept, targets: []), d(2027, 3, 13),
         "Due 1 March 2027, 12 days ago, and not done."),
        (f(.inProgress, lastUpdate: d(2027, 2, 20), response: .accept, targets: []), d(2027, 3, 2),
         "Due 1 March 2027, 1 day ago, and not done."),
        (f(.inProgress, lastUpdate: d(2027, 2, 10), response: .accept, targets: []), d(2027, 2, 17),
         "Due 1 March 2027, in 12 days, and not done."),
        (f(.inProgress, lastUpdate: d(2027, 2, 10), response: .accept, targets: []), d(2027, 3, 1, 18),
         "Due today, 1 March 2027, and not done."),
        (f(.blocked, lastUpdate: d(2026, 9, 1), response: .accept, targets: []), d(2026, 12, 1),
         "Declared blocked. No update for 91 days, since 1 September 2026."),
        (f(.notStarted, lastUpdate: nil, response: .accept, targets: []), d(2027, 2, 20),
         "Due 1 March 2027, in 9 days, and not done. No update in the 325 days since it was recorded on 1 April 2026."),
        (f(.inProgress, lastUpdate: d(2026, 11, 26), response: .accept, targets: []), d(2026, 12, 1),
         "Due 1 March 2027, in 90 days; last updated 5 days ago."),
        (f(.notStarted, lastUpdate: nil, response: nil, targets: []), d(2026, 4, 1, 9),
         "Due 1 March 2027, in 334 days; created today."),
        (f(.inProgress, lastUpdate: nil, response: .decline, targets: []), d(2026, 12, 1),
         "The system declined this recommendation."),
        (f(.done, lastUpdate: nil, response: .accept, targets: []), d(2026, 12, 1),
         "Declared done."),
        (f(.done, lastUpdate: nil, response: .accept, targets: [.met, .notYetDue, .noData, .noData]), d(2026, 12, 1),
         "Declared done; 1 target met, 1 target not yet due, 2 targets without data yet."),
        (f(.done, lastUpdate: nil, response: .accept, targets: [.met, .notMet]), d(2026, 12, 1),
         "Declared done, but 1 target was not met: WRES indicator 2 relative likelihood ≤ 1.25 in the 2027 return (1.53)."),
    ])
    func reason(facts: DeliveryFacts, today: Date, expected: String) {
        #expect(DeliveryRule.standard.reason(facts, today: today) == expected)
    }

    private static func f(
        _ declared: DeclaredState, lastUpdate: Date?, response: SystemResponse?, targets: [TargetOutcome]
    ) -> DeliveryFacts {
        DeliveryFixtures.facts(declared, lastUpdate: lastUpdate, response: response, targets: targets)
    }

    @Test func ruleDescriptionNamesThresholds() {
        let standard = DeliveryRule.standard.ruleDescription
        #expect(standard.contains("from 30 days before its due date") && standard.contains("after 60 days or more"))
        let custom = DeliveryRule(amberWindowDays: 14, staleUpdateDays: 1).ruleDescription
        #expect(custom.contains("from 14 days before") && custom.contains("after 1 day or more"))
        #expect(!standard.contains("  "))
    }
}
