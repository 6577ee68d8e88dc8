import Foundation
@testable import ParityCore

/// A commitment due 1 March 2027 at noon, recorded on 1 April 2026, for delivery rule tests.
enum DeliveryFixtures {
    static let due = CommitmentDay.utc(2027, 3, 1, 12)
    static let created = CommitmentDay.utc(2026, 4, 1)

    static func facts(
        _ declared: DeclaredState = .inProgress, lastUpdate: Date? = nil, created: Date = created,
        response: SystemResponse? = .accept, targets: [TargetOutcome] = []
    ) -> DeliveryFacts {
        DeliveryFacts(due: due, declared: declared, lastUpdate: lastUpdate, created: created, response: response, targets: targets.map(result))
    }

    /// A result with the given outcome on indicator 2 (≤ 1.25 in 2027), actual 1.53 when not met.
    static func result(_ outcome: TargetOutcome) -> TargetResult {
        let actual: Double? = switch outcome {
        case .met: 1.1
        case .notMet: 1.53
        case .notYetDue, .noData: nil
        }
        return TargetResult(target: .relativeLikelihood(indicator: 2, atMost: 1.25, year: 2027), outcome: outcome, actual: actual, explanation: "")
    }
}
