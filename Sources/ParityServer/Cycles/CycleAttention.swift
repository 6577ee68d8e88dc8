import Fluent
import Foundation
import ParityCore

/// What the annual cycle asks of a signed-in person, for My attention: the newest cycles'
/// returns not yet signed off in their scope (their own organisation's for a data lead, their
/// system's for a system lead, all for the region), overdue first; and, for those who rate
/// them, the published action plans of that year still waiting for a rating.
struct CycleAttention {
    let database: Database
    let now: Date
    let actor: ParityCore.Actor

    struct Item: Encodable {
        var organisation: String
        var what: String
        var href: String
        var why: String
        var overdue: Bool
    }

    func items() async throws -> [Item] {
        let store = CycleStore(database: database)
        let cycles = try await store.cycles()
        guard let year = cycles.first?.year else { return [] }
        var returns: [(Int, Item)] = []
        for row in cycles where row.year == year {
            let structure = try await StructureStore(database: database).structure(asAt: row.snapshot)
            for tracked in try await store.tracker(row, structure: structure, today: now) where !tracked.facts.isSignedOff {
                let resource = Resource.organisation(code: tracked.organisation.code, systemCode: tracked.organisation.systemCode)
                guard [Action.signOffReturn, .manageGovernance].contains(where: { AccessPolicy.decide(actor, $0, resource).isAllowed }) else { continue }
                let days = tracked.daysToDeadline
                let why = days < 0
                    ? "Not signed off, \(-days) day\(days == -1 ? "" : "s") after the deadline (\(tracked.state.label.lowercased()))."
                    : "\(tracked.state.label); due \(DisplayDate.date(row.deadline)), in \(days) day\(days == 1 ? "" : "s")."
                returns.append((days, Item(organisation: tracked.organisation.name, what: "\(row.cycle.name) return",
                                           href: "/cycles/\(row.standard)/\(row.year)/\(tracked.organisation.code)", why: why, overdue: days < 0)))
            }
        }
        return returns.sorted { $0.0 < $1.0 }.map(\.1) + (try await plansToRate(year: year))
    }

    /// Published, unrated plans of `year` that the actor may rate.
    private func plansToRate(year: Int) async throws -> [Item] {
        let structure = try await StructureStore(database: database).structure(asAt: now)
        let plans = try await ActionPlanRow.query(on: database).filter(\.$year == year)
            .filter(\.$stage == PlanStage.published.rawValue).filter(\.$rating == nil).sort(\.$organisationCode).all()
        return plans.compactMap { plan in
            guard let organisation = structure.organisation(code: plan.organisationCode),
                  AccessPolicy.decide(actor, .rateActionPlan, .organisation(code: organisation.code, systemCode: organisation.systemCode)).isAllowed
            else { return nil }
            return Item(organisation: organisation.name, what: "\(year) action plan", href: SitePath.actionPlan(organisation.code, year: year).href,
                        why: "Published\(plan.publishedAt.map { " \(DisplayDate.date($0))" } ?? ""); waiting for your rating.", overdue: false)
        }
    }
}
