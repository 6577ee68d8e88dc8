import Fluent
import Foundation
import ParityCore

/// Reads commitments with their recommendation, programme, updates and targets, evaluates
/// the targets against the system's returns and rates each commitment by `DeliveryRule`.
struct CommitmentStore {
    let database: Database
    let now: Date
    var rule = DeliveryRule.standard

    /// The commitments of `systems` (every system when nil), or only those with `ids`, in
    /// programme, recommendation and system order. `viewer` is the disclosure rule for figures
    /// pooled from a system's organisations, as the reader may see them.
    func assessed(systems: Set<String>? = nil, ids: [UUID]? = nil, viewer: ([OrganisationEntry]) -> DisclosurePolicy) async throws -> [AssessedCommitment] {
        let query = CommitmentRow.query(on: database)
            .join(RecommendationRow.self, on: \CommitmentRow.$recommendation.$id == \RecommendationRow.$id)
            .join(ProgrammeRow.self, on: \RecommendationRow.$programme.$id == \ProgrammeRow.$id)
        if let systems { query.filter(\.$systemCode ~~ systems) }
        if let ids { query.filter(\.$id ~~ ids) }
        let rows = try await query.all()
        guard !rows.isEmpty else { return [] }
        let rowIDs = rows.map { $0.id! }
        let lastUpdates = try await lastUpdates(of: rowIDs)
        let targetRows = Dictionary(grouping: try await CommitmentTargetRow.query(on: database).filter(\.$commitment.$id ~~ rowIDs).sort(\.$createdAt).all(), by: { $0.$commitment.id })
        let structure = try await StructureStore(database: database).structure(asAt: now)
        let targets = Array(targetRows.values.joined())
        let planYears = Set(targets.filter { $0.target?.measure.readsModelEmployerPlan == true }.map(\.year))
        let figures = try await TargetFigures.load(database: database, years: Set(targets.map(\.year)), planYears: planYears,
                                                   systems: Set(rows.map(\.systemCode)), viewer: viewer)
        let assessed = try rows.map { row in
            let recommendation = try row.joined(RecommendationRow.self)
            let programme = try row.joined(ProgrammeRow.self)
            let targets = (targetRows[row.id!] ?? []).compactMap(\.target)
            return assess(row, recommendation: recommendation, programme: programme,
                          systemName: structure.system(code: row.systemCode)?.name ?? row.systemCode,
                          lastUpdate: lastUpdates[row.id!], targets: targets, figures: figures)
        }
        return assessed.sorted {
            ($0.programmeStart, $0.programmeName, $0.position, $0.systemName) < ($1.programmeStart, $1.programmeName, $1.position, $1.systemName)
        }
    }

    /// One commitment, or `notFound`.
    func assessed(id: UUID, viewer: ([OrganisationEntry]) -> DisclosurePolicy) async throws -> AssessedCommitment {
        guard let found = try await assessed(ids: [id], viewer: viewer).first else {
            throw ParityError.notFound("There is no commitment \(id.uuidString).")
        }
        return found
    }

    private func lastUpdates(of ids: [UUID]) async throws -> [UUID: Date] {
        var latest: [UUID: Date] = [:]
        for update in try await ProgressUpdateRow.query(on: database).filter(\.$commitment.$id ~~ ids).all() {
            let id = update.$commitment.id
            if latest[id].map({ $0 < update.postedAt }) ?? true { latest[id] = update.postedAt }
        }
        return latest
    }

    private func assess(_ row: CommitmentRow, recommendation: RecommendationRow, programme: ProgrammeRow, systemName: String,
                        lastUpdate: Date?, targets: [Target], figures: TargetFigures) -> AssessedCommitment {
        let response = row.response.flatMap(SystemResponse.init(rawValue:))
        let evaluated = targets.map { figures.evaluate($0, system: row.systemCode, today: now) }
        let visible = evaluated.map { figures.asSeen($0, system: row.systemCode) }
        let due = row.agreedDueAt ?? row.dueAt
        let declared = DeclaredState(rawValue: row.declaredState) ?? .notStarted
        let facts = DeliveryFacts(due: due, declared: declared, lastUpdate: lastUpdate, created: row.createdAt, response: response, targets: evaluated)
        var seen = facts
        seen.targets = visible
        return AssessedCommitment(
            id: row.id!, programmeName: programme.name, programmeStart: programme.start,
            recommendationID: recommendation.id!, position: recommendation.position, title: recommendation.title,
            text: recommendation.text, level: recommendation.level,
            span: HorizonSpan(recommendation.horizon) ?? HorizonSpan("M")!, horizonNote: recommendation.horizonNote,
            tags: CommitmentTags.decode(recommendation.tags), systemCode: row.systemCode, systemName: systemName,
            standardDue: row.dueAt, longMonths: row.longMonths, agreedDue: row.agreedDueAt, agreedDueReason: row.agreedDueReason,
            declared: declared, response: response, responseReason: row.responseReason, created: row.createdAt,
            lastUpdate: lastUpdate, version: row.version, targets: visible,
            status: rule.status(facts, today: now), reason: rule.reason(seen, today: now)
        )
    }
}

extension CommitmentTargetRow {
    /// The core target this row stores; `nil` when it names a measure Parity no longer knows.
    var target: Target? {
        guard let measure = TargetMeasure(rawValue: measure), let comparison = TargetComparison(rawValue: comparison) else { return nil }
        return Target(measure: measure, comparison: comparison, value: value, year: year)
    }
}
