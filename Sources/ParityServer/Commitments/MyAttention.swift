import Fluent
import Foundation
import ParityCore

/// What needs a signed-in person's attention among the commitments of the systems they may
/// manage or comment on: overdue, due within the rule's amber window, or (where they manage
/// it) awaiting their update for the rule's stale period.
struct MyAttention {
    let database: Database
    let now: Date
    let actor: ParityCore.Actor
    var rule = DeliveryRule.standard

    struct Item: Encodable {
        var commitment: CommitmentSummaryView
        var why: [String]
    }

    func items(viewer: ([OrganisationEntry]) -> DisclosurePolicy) async throws -> [Item] {
        let systems = try await StructureStore(database: database).structure(asAt: now).systems.map(\.code).filter { code in
            [Action.manageCommitments, .commentOnCommitment].contains { AccessPolicy.decide(actor, $0, .system(code: code)).isAllowed }
        }
        guard !systems.isEmpty else { return [] }
        return try await CommitmentStore(database: database, now: now, rule: rule).assessed(systems: Set(systems), viewer: viewer)
            .filter(\.isOpen)
            .sorted { $0.due < $1.due }
            .compactMap { c in
                let why = reasons(c)
                return why.isEmpty ? nil : Item(commitment: CommitmentSummaryView(c), why: why)
            }
    }

    private func reasons(_ c: AssessedCommitment) -> [String] {
        var why: [String] = []
        let untilDue = ISODay.days(from: now, to: c.due)
        if untilDue < 0 {
            why.append("Overdue since \(DisplayDate.date(c.due)).")
        } else if untilDue <= rule.amberWindowDays {
            why.append(untilDue == 0 ? "Due today." : "Due \(DisplayDate.date(c.due)), in \(untilDue) day\(untilDue == 1 ? "" : "s").")
        }
        let manages = AccessPolicy.decide(actor, .manageCommitments, .system(code: c.systemCode)).isAllowed
        let since = ISODay.days(from: c.lastUpdate ?? c.created, to: now)
        if manages, since >= rule.staleUpdateDays {
            why.append(c.lastUpdate == nil ? "Awaiting your first update." : "Awaiting your update: none for \(since) days.")
        }
        return why
    }
}
