import Fluent
import Foundation
import ParityCore

/// An action as the add-action form gives it.
struct NewPlanAction: Sendable {
    var what: String
    var owner: String
    var due: Date
    var tags: [String]
    var target: Target?
}

/// Every change to an action plan: each is saved with its audit record in one transaction and
/// claims the changed row's next `version` atomically (`VersionClaim`), refusing a form made
/// from an older version with the conflict page (`StaleEdit`). A reviewed plan no longer
/// changes, except that it may still be rated.
struct ActionPlanChanges {
    let database: Database
    /// How the audit log names who made the change.
    let author: String
    let now: Date

    /// A new draft plan for `year`, carrying over `carried` (the previous plan's still-open
    /// actions) with their declared state, due dates and targets, but not their history.
    func start(organisation: String, year: Int, carrying carried: [PlanActionRow]) async throws {
        let targets = try await PlanActionTargetRow.query(on: database).filter(\.$action.$id ~~ carried.map { $0.id! }).all()
        try await database.transaction { database in
            let plan = ActionPlanRow(organisationCode: organisation, year: year, createdAt: now)
            try await plan.create(on: database)
            for (index, old) in carried.enumerated() {
                let copy = Self.action(plan: plan, position: index + 1, what: old.what, owner: old.owner, due: old.dueAt, tags: old.tags, now: now)
                copy.declaredState = old.declaredState
                try await copy.create(on: database)
                for target in targets where target.$action.id == old.id {
                    try await Self.target(copy, target.target, now: now)?.create(on: database)
                }
            }
            try await AuditLog(database: database, actor: author, now: now)
                .record(.actionPlanStarted, subject: Self.subject(plan), after: ["carried_over": carried.count])
        }
    }

    /// An action, with its measurable target when one is given.
    func addAction(_ plan: ActionPlanRow, _ new: NewPlanAction, version: Int?) async throws {
        try await change(plan, version: version, action: .actionPlanActionAdded) { database in
            let position = (try await PlanActionRow.query(on: database).filter(\.$plan.$id == plan.id!).max(\.$position) ?? 0) + 1
            let row = Self.action(plan: plan, position: position, what: new.what, owner: new.owner, due: new.due,
                                  tags: try CommitmentTags.encode(new.tags), now: now)
            try await row.create(on: database)
            try await Self.target(row, new.target, now: now)?.create(on: database)
            return ["what": new.what, "owner": new.owner, "due": ISODay.format(new.due), "tags": new.tags.joined(separator: ", "),
                    "target": new.target?.text ?? ""]
        }
    }

    /// A dated progress update on an action, optionally changing its declared state.
    func postUpdate(_ action: PlanActionRow, of plan: ActionPlanRow, text: String, state: DeclaredState?, version: Int?) async throws {
        try Self.requireOpen(plan)
        let expected = version ?? action.version
        try await database.transaction { database in
            try await VersionClaim.claim(PlanActionRow.schema, id: action.id!, expected: expected, on: database) {
                try await Self.staleAction(action.id!, organisation: plan.organisationCode, on: database)
            }
            action.version = expected + 1
            let before = action.declaredState
            let update = PlanActionUpdateRow()
            update.$action.id = action.id!
            update.postedAt = now
            update.text = text
            update.stateChange = state?.rawValue
            update.author = author
            try await update.create(on: database)
            if let state { action.declaredState = state.rawValue }
            try await action.update(on: database)
            try await AuditLog(database: database, actor: author, now: now).record(
                .actionPlanUpdated, subject: Self.subject(plan) + " action \(action.position): \(action.what)",
                before: ["declared_state": before], after: ["declared_state": action.declaredState, "text": text]
            )
        }
    }

    /// The draft made public.
    func publish(_ plan: ActionPlanRow, version: Int?) async throws {
        try await change(plan, version: version, action: .actionPlanPublished) { _ in
            plan.stage = PlanStage.published.rawValue
            plan.publishedAt = now
            return ["stage": plan.stage]
        }
    }

    /// The year's review: what each action achieved (`achieved` by action id). The plan is
    /// reviewed from then on and no longer changes.
    func review(_ plan: ActionPlanRow, achieved: [UUID: String], version: Int?) async throws {
        try await change(plan, version: version, action: .actionPlanReviewed) { database in
            for action in try await PlanActionRow.query(on: database).filter(\.$plan.$id == plan.id!).all() {
                action.achieved = achieved[action.id!]
                action.version += 1
                try await action.update(on: database)
            }
            plan.stage = PlanStage.reviewed.rawValue
            plan.reviewedAt = now
            return ["stage": plan.stage, "actions_reviewed": "\(achieved.count)"]
        }
    }

    /// The system's (or region's) rating, with its reasons. A rating may be given again; the
    /// audit log keeps the earlier ones.
    func rate(_ plan: ActionPlanRow, rating: PlanRating, reason: String, version: Int?) async throws {
        try await change(plan, version: version, action: .actionPlanRated, evenWhenReviewed: true) { _ in
            plan.rating = rating.rawValue
            plan.ratingReason = reason
            plan.ratedBy = author
            plan.ratedAt = now
            return ["rating": rating.rawValue, "reason": reason]
        }
    }

    /// A comment or challenge. Remarks do not change the plan, so they leave its version alone.
    func comment(_ plan: ActionPlanRow, kind: PlanCommentKind, text: String) async throws {
        try await database.transaction { database in
            let comment = PlanCommentRow()
            comment.$plan.id = plan.id!
            comment.kind = kind.rawValue
            comment.text = text
            comment.author = author
            comment.postedAt = now
            try await comment.create(on: database)
            try await AuditLog(database: database, actor: author, now: now)
                .record(.actionPlanCommented, subject: Self.subject(plan), after: ["kind": kind.rawValue, "text": text])
        }
    }

    /// Claims the plan's next version (`VersionClaim`), then saves `body`'s change with its
    /// audit record; a reviewed plan is refused unless the change is a rating.
    private func change(_ plan: ActionPlanRow, version: Int?, action: AuditLog.Action, evenWhenReviewed: Bool = false,
                        _ body: @escaping @Sendable (Database) async throws -> [String: String]) async throws {
        if !evenWhenReviewed { try Self.requireOpen(plan) }
        let expected = version ?? plan.version
        try await database.transaction { database in
            try await VersionClaim.claim(ActionPlanRow.schema, id: plan.id!, expected: expected, on: database) {
                try await Self.stalePlan(plan.id!, on: database)
            }
            let before = ["stage": plan.stage, "rating": plan.rating ?? "", "version": "\(expected)"]
            plan.version = expected + 1
            let after = try await body(database)
            try await plan.update(on: database)
            try await AuditLog(database: database, actor: author, now: now).record(action, subject: Self.subject(plan), before: before, after: after)
        }
    }

    /// The conflict page's account of the plan as saved now.
    private static func stalePlan(_ id: UUID, on database: Database) async throws -> StaleEdit {
        let fresh = try await ActionPlanRow.find(id, on: database)
        let actions = try await PlanActionRow.query(on: database).filter(\.$plan.$id == id).sort(\.$position).all()
        var lines: [StaleEdit.Line] = []
        if let fresh {
            lines.append(.init(label: "Stage", value: PlanStage(rawValue: fresh.stage)?.label ?? fresh.stage))
            lines.append(.init(label: "Rating", value: fresh.rating.flatMap(PlanRating.init(rawValue:)).map { "\($0.label): \(fresh.ratingReason ?? "")" } ?? "Not yet rated"))
        }
        lines += actions.map { .init(label: "Action \($0.position)", value: "\($0.what) (\($0.owner), due \(ISODay.format($0.dueAt)))") }
        return StaleEdit(message: "Someone changed this action plan after you opened the page, so your change was not saved. Here is what is saved now, and what you sent.",
                         current: lines, pageHref: fresh.map { SitePath.actionPlan($0.organisationCode, year: $0.year).href } ?? "/action-plans")
    }

    /// The conflict page's account of the action as saved now.
    private static func staleAction(_ id: UUID, organisation: String, on database: Database) async throws -> StaleEdit {
        let fresh = try await PlanActionRow.find(id, on: database)
        let last = try await PlanActionUpdateRow.query(on: database).filter(\.$action.$id == id).sort(\.$postedAt, .descending).first()
        var lines: [StaleEdit.Line] = []
        if let fresh {
            lines.append(.init(label: "Declared state", value: DeclaredState(rawValue: fresh.declaredState)?.label ?? fresh.declaredState))
            lines.append(.init(label: "Due", value: ISODay.format(fresh.dueAt)))
        }
        if let last {
            lines.append(.init(label: "Latest update", value: "\(ISODay.format(last.postedAt)), \(last.author): \(last.text)"))
        }
        return StaleEdit(message: "Someone changed this action after you opened the page, so your update was not saved. Here is what is saved now, and what you sent.",
                         current: lines, pageHref: SitePath.actionPlanAction(organisation, id).href)
    }

    private static func requireOpen(_ plan: ActionPlanRow) throws {
        guard PlanStage(rawValue: plan.stage)?.isOpen ?? true else {
            throw ParityError.conflict("The \(plan.year) action plan has been reviewed and no longer changes.")
        }
    }

    /// How the audit log names a plan: "RXK action plan 2026 (id)".
    static func subject(_ plan: ActionPlanRow) -> String {
        "\(plan.organisationCode) action plan \(plan.year) (\(plan.id!.uuidString))"
    }

    private static func action(plan: ActionPlanRow, position: Int, what: String, owner: String, due: Date, tags: String, now: Date) -> PlanActionRow {
        let row = PlanActionRow()
        row.$plan.id = plan.id!
        row.position = position
        row.what = what
        row.owner = owner
        row.dueAt = due
        row.tags = tags
        row.declaredState = DeclaredState.notStarted.rawValue
        row.createdAt = now
        row.version = 1
        return row
    }

    private static func target(_ action: PlanActionRow, _ target: Target?, now: Date) -> PlanActionTargetRow? {
        guard let target else { return nil }
        let row = PlanActionTargetRow()
        row.$action.id = action.id!
        row.measure = target.measure.rawValue
        row.comparison = target.comparison.rawValue
        row.value = target.value
        row.year = target.year
        row.createdAt = now
        return row
    }
}
