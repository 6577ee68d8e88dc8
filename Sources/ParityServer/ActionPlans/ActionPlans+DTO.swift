import Foundation
import ParityCore

/// The action plan API's document, built explicitly so absent values are `null` and the keys
/// are stable. Dates are `YYYY-MM-DD`; moments are ISO 8601 in UTC.
enum ActionPlanDocument {
    static func plan(_ p: AssessedPlan, updates: [PlanActionUpdateRow], comments: [PlanCommentRow], years: [Int], today: Date) -> JSONValue {
        let updatesByAction = Dictionary(grouping: updates, by: { $0.$action.id })
        return .object([
            "today": .string(ISODay.format(today)),
            "organisation": .object(["code": .string(p.organisation.code), "name": .string(p.organisation.name),
                                     "system_code": .string(p.organisation.systemCode.isEmpty ? nil : p.organisation.systemCode)]),
            "year": .integer(p.year),
            "years": .array(years.map(JSONValue.integer)),
            "href": .string(SitePath.actionPlan(p.organisation.code, year: p.year).href),
            "stage": .string(p.stage.rawValue),
            "published_at": .string(p.published.map(moment)),
            "reviewed_at": .string(p.reviewed.map(moment)),
            "rating": .string(p.rating?.rawValue),
            "rating_reason": .string(p.ratingReason),
            "rated_by": .string(p.ratedBy),
            "rated_at": .string(p.rated.map(moment)),
            "version": .integer(p.version),
            "health": .string(p.health.rawValue),
            "health_label": .string(p.health.label),
            "adverse": .array(p.adverse.tags.map(JSONValue.string)),
            "uncovered_adverse": .array(p.uncovered.map(JSONValue.string)),
            "rule": .string(DeliveryRule.standard.planRuleDescription),
            "actions": .array(p.actions.map { action(p.organisation.code, $0, updates: updatesByAction[$0.id] ?? []) }),
            "comments": .array(comments.map { comment in
                .object(["kind": .string(comment.kind), "posted_at": .string(moment(comment.postedAt)),
                         "author": .string(comment.author), "text": .string(comment.text)])
            }),
        ])
    }

    private static func action(_ organisation: String, _ a: AssessedAction, updates: [PlanActionUpdateRow]) -> JSONValue {
        .object([
            "id": .string(a.id.uuidString),
            "href": .string(SitePath.actionPlanAction(organisation, a.id).href),
            "position": .integer(a.position),
            "what": .string(a.what),
            "owner": .string(a.owner),
            "due": .string(ISODay.format(a.due)),
            "tags": .array(a.tags.map(JSONValue.string)),
            "declared_state": .string(a.declared.rawValue),
            "status": .string(a.status.rawValue),
            "status_label": .string(a.status.label),
            "reason": .string(a.reason),
            "achieved": .string(a.achieved),
            "last_update": .string(a.lastUpdate.map(moment)),
            "version": .integer(a.version),
            "targets": .array(a.targets.map { result in
                .object([
                    "measure": .string(result.target.measure.rawValue), "comparison": .string(result.target.comparison.rawValue),
                    "value": .number(result.target.value), "year": .integer(result.target.year), "text": .string(result.target.text),
                    "outcome": .string(result.outcome.rawValue), "actual": .number(result.actual), "explanation": .string(result.explanation),
                ])
            }),
            "updates": .array(updates.map { update in
                .object(["posted_at": .string(moment(update.postedAt)), "author": .string(update.author),
                         "text": .string(update.text), "state_change": .string(update.stateChange)])
            }),
        ])
    }

    private static func moment(_ date: Date) -> String {
        ISO8601DateFormatter().string(from: date)
    }
}
