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
        // Closed and escalated challenges need nobody's attention, so they cost no lookups;
        // each board is read, and its owner decided, once however many challenges it has.
        let waiting = try await ChallengeRow.query(on: database).sort(\.$dueAt).all()
            .filter { [.open, .responded].contains(ChallengeLifecycle.status($0.facts)) }
        var boards: [UUID: (name: String, owned: Bool)] = [:]
        for id in Set(waiting.map(\.bodyID)) {
            let body = try await GovernanceStore(database: database).body(id: id)
            let resource = try await BodyPageBuilder.resource(of: body, database: database, now: now)
            boards[id] = (body.name, AccessPolicy.decide(actor, .manageGovernance, resource).isAllowed)
        }
        var items: [Item] = []
        for row in waiting {
            guard let board = boards[row.bodyID] else { continue }
            let facts = row.facts
            let summary = ChallengeViews.summary(row, bodyName: board.name, now: now)
            if ChallengeLifecycle.isOverdue(facts, now: now), board.owned || isPanel {
                items.append(Item(challenge: summary, why: "Response overdue since \(DisplayDate.date(row.dueAt))."))
            } else if ChallengeLifecycle.status(facts) == .open, board.owned {
                items.append(Item(challenge: summary, why: "Response due \(DisplayDate.date(row.dueAt))."))
            } else if ChallengeLifecycle.status(facts) == .responded, isPanel {
                items.append(Item(challenge: summary, why: "Responded: waiting for the panel's rating."))
            }
        }
        return items.sorted { $0.challenge.overdue && !$1.challenge.overdue }
    }
}
