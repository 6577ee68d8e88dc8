import Foundation
import ParityCore

/// The check-your-answers page before a sign-off.
struct CheckSignOffPage: Encodable {
    var chrome: PageChrome
    var organisation: String
    var cycle: CycleView
    var version: Int
    /// Whether the return was published, so signing off sends a revision to the region.
    var revision: Bool
    var needsLateReason: Bool
    var form: SignOffForm
    var warnings: [WarningView]
    var action: String
}

/// A warning the signer let stand, and why.
struct AcknowledgementView: Encodable {
    var subject: String
    var message: String
    var reason: String
    var actor: String

    init(_ row: WarningAcknowledgementRow) {
        subject = row.subject
        message = row.message
        reason = row.reason
        actor = row.actor
    }
}

/// A revision waiting for the region, as its organisation and the region read it.
struct RevisionReviewView: Encodable {
    var version: Int
    var publicVersion: Int
    /// The organisation's reason for the correction.
    var reason: String
    /// "Indicator 2: 1.53 → 1.21", unsuppressed.
    var changes: [String]
    var canReview: Bool
    var action: String
    var decision: String?
    var reasonText: String?
    var decisionError: String?
    var reasonError: String?

    init(version: Int, publicVersion: Int, reason: String, changes: [String], canReview: Bool, action: String, form: RevisionReviewForm?, errors: [FieldErrorView]) {
        self.version = version
        self.publicVersion = publicVersion
        self.reason = reason
        self.changes = changes
        self.canReview = canReview
        self.action = action
        decision = form?.decision
        reasonText = form?.reason
        decisionError = errors.first { $0.field == "decision" }?.message
        reasonError = errors.first { $0.field == "review-reason" }?.message
    }
}

/// "Revised on 7 December 2026 (version 2): why", with the headlines it changed, as the
/// public reads it beside the figures.
struct RevisionNoteView: Encodable {
    var date: String
    var version: Int
    var reason: String
    var changes: [String]

    init(_ row: ReturnRevisionRow) {
        date = DisplayDate.date(row.acceptedAt)
        version = row.toVersion
        reason = row.reason
        changes = row.headlineChanges.map(\.text)
    }
}

extension ReturnRevisionRow {
    /// The headlines the revision changed (`changes`, decoded).
    var headlineChanges: [HeadlineChange] {
        (try? JSONDecoder().decode([HeadlineChange].self, from: Data(changes.utf8))) ?? []
    }
}
