import Foundation
import Vapor

/// What the action plan page's forms send. Each names the plan by its `year`; a form that
/// changes the plan carries the `version` the page showed, so a change made meanwhile is not
/// silently overwritten.
struct StartPlanForm: Content {
    var year: String?
    /// "yes" to carry over the previous plan's still-open actions.
    var carryOver: String?
}

struct AddActionForm: Content {
    var year: Int?
    var version: Int?
    var what: String?
    var owner: String?
    var due: String?
    var tags: [String]?
    var measure: String?
    var comparison: String?
    var value: String?
    var targetYear: String?

    /// Whether the optional target was filled in at all; the comparison is not asked, as its
    /// list always sends a choice.
    var hasTarget: Bool {
        [measure, value, targetYear].contains { !($0 ?? "").trimmingCharacters(in: .whitespaces).isEmpty }
    }
}

struct ActionUpdateForm: Content {
    var text: String?
    var state: String?
    var version: Int?
}

struct PlanStepForm: Content {
    var year: Int?
    var version: Int?
}

struct PlanRatingForm: Content {
    var year: Int?
    var version: Int?
    var rating: String?
    var reason: String?
}

struct PlanCommentForm: Content {
    var year: Int?
    var kind: String?
    var text: String?
}

/// The review form: `year`, `version` and one `achieved-{action id}` field per action,
/// decoded as a dictionary because the field names carry the ids.
struct ReviewForm {
    var year: Int?
    var version: Int?
    var achieved: [UUID: String]

    init(_ fields: [String: String]) {
        year = fields["year"].flatMap { Int($0) }
        version = fields["version"].flatMap { Int($0) }
        var achieved: [UUID: String] = [:]
        for (name, value) in fields where name.hasPrefix("achieved-") {
            if let id = UUID(uuidString: String(name.dropFirst("achieved-".count))) { achieved[id] = value }
        }
        self.achieved = achieved
    }
}
