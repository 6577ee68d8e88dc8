import Fluent
import Foundation
import ParityCore

/// The challenges that need a signed-in person's attention: for a board's owner, those
/// awaiting its response (overdue ones first); for the panel, responses awaiting its rating
/// and responses that are overdue.
struct ChallengeAttention {
    let database: Database
    let now: Date
    let actor: ParityCore.Actor

    struct Item: Encodable {
        var challenge: ChallengeViews.Summary
        var why: String
    }

    func items() async throws -> [Item] {
        let isPanel = AccessPolicy.decide(actor, .raiseChallenge, .region).isAllowed
        var items: [Item] = []
        for row in try await ChallengeRow.query(on: database).sort(\.$dueAt).all() {
            let body = try await GovernanceStore(database: database).body(id: row.bodyID)
            let owns = AccessPolicy.decide(actor, .manageGovernance, try await BodyPageBuilder.resource(of: body, database: database, now: now)).isAllowed
            let facts = row.facts
            let summary = ChallengeViews.summary(row, bodyName: body.name, now: now)
            let status = ChallengeLifecycle.status(facts)
            if ChallengeLifecycle.isOverdue(facts, now: now), owns || isPanel {
                items.append(Item(challenge: summary, why: "Response overdue since \(DisplayDate.date(row.dueAt))."))
            } else if status == .open, owns {
                items.append(Item(challenge: summary, why: "Response due \(DisplayDate.date(row.dueAt))."))
            } else if status == .responded, isPanel {
                items.append(Item(challenge: summary, why: "Responded: waiting for the panel's rating."))
            }
        }
        return items.sorted { $0.challenge.overdue && !$1.challenge.overdue }
    }
}
