import Fluent
import Foundation
import ParityCore

/// Reads action plans with their actions, updates and targets, judges every action by the
/// same `DeliveryRule` and `TargetEvaluation` as system commitments — on the organisation's
/// own figures — and marks the adverse indicators no action answers.
struct ActionPlanStore {
    let database: Database
    let now: Date
    var rule = DeliveryRule.standard

    /// The plan rows of `organisations` (every organisation when nil), of `year` when given,
    /// newest year first.
    func rows(organisations: Set<String>? = nil, year: Int? = nil) async throws -> [ActionPlanRow] {
        let query = ActionPlanRow.query(on: database).sort(\.$year, .descending).sort(\.$organisationCode)
        if let organisations { query.filter(\.$organisationCode ~~ organisations) }
        if let year { query.filter(\.$year == year) }
        return try await query.all()
    }

    /// `plans` assessed, in the order given. `viewer` is the disclosure rule for an
    /// organisation's figures, as the reader may see them.
    func assessed(_ plans: [ActionPlanRow], viewer: ([OrganisationEntry]) -> DisclosurePolicy) async throws -> [AssessedPlan] {
        guard !plans.isEmpty else { return [] }
        let entries = try await organisations(Set(plans.map(\.organisationCode)))
        let actionRows = try await PlanActionRow.query(on: database).filter(\.$plan.$id ~~ plans.map { $0.id! }).sort(\.$position).all()
        let actionIDs = actionRows.map { $0.id! }
        let lastUpdates = try await lastUpdates(of: actionIDs)
        let targetRows = try await PlanActionTargetRow.query(on: database).filter(\.$action.$id ~~ actionIDs).sort(\.$createdAt).all()
        let targets = Dictionary(grouping: targetRows, by: { $0.$action.id }).mapValues { $0.compactMap(\.target) }
        let allTargets = Array(targets.values.joined())
        let figures = try await TargetFigures.load(
            database: database, years: Set(allTargets.map(\.year)),
            planYears: Set(allTargets.filter(\.measure.readsModelEmployerPlan).map(\.year)),
            organisations: Array(entries.values), viewer: viewer
        )
        let adverse = try await AdverseIndicators.load(database: database, organisations: Array(entries.values), viewer: viewer)
        let actionsByPlan = Dictionary(grouping: actionRows, by: { $0.$plan.id })
        return plans.map { plan in
            let entry = entries[plan.organisationCode]!
            let stage = PlanStage(rawValue: plan.stage) ?? .draft
            // A reviewed plan is the record of its year: judged as it stood on its review day.
            let today = stage == .reviewed ? plan.reviewedAt ?? now : now
            let actions = (actionsByPlan[plan.id!] ?? []).map { row in
                assess(row, organisation: entry.code, lastUpdate: lastUpdates[row.id!], targets: targets[row.id!] ?? [], figures: figures, today: today)
            }
            return AssessedPlan(
                id: plan.id!, organisation: entry, year: plan.year, stage: stage,
                published: plan.publishedAt, reviewed: plan.reviewedAt, rating: plan.rating.flatMap(PlanRating.init(rawValue:)),
                ratingReason: plan.ratingReason, ratedBy: plan.ratedBy, rated: plan.ratedAt, version: plan.version, created: plan.createdAt,
                actions: actions, adverse: adverse[entry.code] ?? AdverseIndicators(tags: [])
            )
        }
    }

    /// The organisations as they stand today, by code; one outside every system keeps its
    /// name with no system.
    func organisations(_ codes: Set<String>) async throws -> [String: OrganisationEntry] {
        let structure = try await StructureStore(database: database).structure(asAt: now)
        var entries: [String: OrganisationEntry] = [:]
        for code in codes {
            if let entry = structure.organisation(code: code) {
                entries[code] = entry
            } else {
                let name = try await StructureStore(database: database).organisation(code: code)?.name ?? code
                entries[code] = OrganisationEntry(code: code, name: name, systemCode: "")
            }
        }
        return entries
    }

    private func lastUpdates(of ids: [UUID]) async throws -> [UUID: Date] {
        var latest: [UUID: Date] = [:]
        for update in try await PlanActionUpdateRow.query(on: database).filter(\.$action.$id ~~ ids).all() {
            let id = update.$action.id
            if latest[id].map({ $0 < update.postedAt }) ?? true { latest[id] = update.postedAt }
        }
        return latest
    }

    private func assess(_ row: PlanActionRow, organisation: String, lastUpdate: Date?, targets: [Target], figures: TargetFigures, today: Date) -> AssessedAction {
        let evaluated = targets.map { figures.evaluate($0, organisation: organisation, today: today) }
        let visible = evaluated.map { figures.asSeen($0, organisation: organisation) }
        let declared = DeclaredState(rawValue: row.declaredState) ?? .notStarted
        let facts = DeliveryFacts(due: row.dueAt, declared: declared, lastUpdate: lastUpdate, created: row.createdAt, targets: evaluated)
        var seen = facts
        seen.targets = visible
        return AssessedAction(
            id: row.id!, position: row.position, what: row.what, owner: row.owner, due: row.dueAt,
            tags: CommitmentTags.decode(row.tags), declared: declared, achieved: row.achieved, created: row.createdAt,
            lastUpdate: lastUpdate, version: row.version, targets: visible,
            status: rule.status(facts, today: today), reason: rule.reason(seen, today: today)
        )
    }
}

extension PlanActionTargetRow {
    /// The core target this row stores; `nil` when it names a measure Parity no longer knows.
    var target: Target? {
        guard let measure = TargetMeasure(rawValue: measure), let comparison = TargetComparison(rawValue: comparison) else { return nil }
        return Target(measure: measure, comparison: comparison, value: value, year: year)
    }
}
