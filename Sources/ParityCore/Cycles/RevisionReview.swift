/// The region's review of a revision of a published return (issue 20): a return once published
/// changes for the public only when the region accepts the organisation's signed-off revision.
public enum RevisionReview {
    public enum Decision: String, Sendable, CaseIterable {
        case accept, reject
    }

    /// The fields a review form must fill.
    public enum Field: String, Sendable, CaseIterable {
        case decision, reason
    }

    /// Every field a review leaves unfilled, with what to enter, in the form's order.
    public static func missing(decision: Decision?, reason: String) -> [(field: Field, message: String)] {
        var missing: [(field: Field, message: String)] = []
        if decision == nil { missing.append((.decision, "Choose whether to accept or reject the revision.")) }
        if reason.isBlank { missing.append((.reason, "Give the reason for your decision: the organisation reads it, and the audit log keeps it.")) }
        return missing
    }

    /// Checks a review, throwing the first reason it cannot be taken: no revision waiting
    /// (`awaiting` nil), the reviewer made the revision themselves (imported or signed it off:
    /// a revision is reviewed by someone else), or a field left blank (`missing`).
    public static func check(_ decision: Decision?, reason: String, awaiting: Int?, reviewer: String, revisedBy: Set<String>) throws {
        guard awaiting != nil else {
            throw ParityError.conflict("No revision of this return is waiting for the region's review.")
        }
        guard !revisedBy.contains(reviewer) else {
            throw ParityError.forbidden("You imported or signed off this revision: someone else in the region must review it.")
        }
        if let first = missing(decision: decision, reason: reason).first {
            throw ParityError.invalidInput(first.message)
        }
    }
}
