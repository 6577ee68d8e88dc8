import Fluent
import Foundation

/// Appends to the audit log, inside the caller's transaction so a change and its record are
/// saved together or not at all.
struct AuditLog {
    let database: Database
    let actor: String
    let now: Date

    /// The kinds of change Parity records.
    enum Action: String, CaseIterable {
        case returnImported = "return.imported"
        case referenceLoaded = "reference.loaded"
        case demoLoaded = "demo.loaded"
        case userCreated = "user.created"
        case grantAdded = "grant.added"
        case invitationSent = "invitation.sent"
        case invitationAccepted = "invitation.accepted"
        case passwordResetRequested = "password.reset-requested"
        case passwordChanged = "password.changed"
        case tokenCreated = "token.created"
        case tokenRevoked = "token.revoked"
        case signedIn = "session.signed-in"
        case signedInWithNHS = "session.signed-in-nhs"
        case nhsSignInRefused = "session.nhs-sign-in-refused"
        case programmeLoaded = "programme.loaded"
        case commitmentUpdated = "commitment.updated"
        case commitmentResponded = "commitment.responded"
        case commitmentDueAgreed = "commitment.due-agreed"
        case commitmentTargetAdded = "commitment.target-added"
        case commitmentCommented = "commitment.commented"
        case bodyCreated = "body.created"
        case bodyStatusChanged = "body.status-changed"
        case memberAdded = "body.member-added"
        case memberEnded = "body.member-ended"
        case planSet = "body.plan-set"
        case populationImported = "population.imported"
        case areasLinked = "population.areas-linked"
        case edsRecorded = "eds.recorded"
        case edsChanged = "eds.changed"
        case voiceLinkCreated = "voice.link-created"
        case voiceModerated = "voice.moderated"
        case voiceLinkedToCommitment = "voice.linked-to-commitment"
        case pulseCreated = "pulse.created"
        case challengeRaised = "challenge.raised"
        case challengeResponded = "challenge.responded"
        case challengeRated = "challenge.rated"
        case challengeEscalated = "challenge.escalated"
        case challengeNoted = "challenge.noted"
        case caseStudySubmitted = "good-practice.submitted"
        case caseStudyEndorsed = "good-practice.endorsed"
        case resourceAdded = "good-practice.resource-added"
        case decisionRecorded = "decision.recorded"
        case networkAccountAdded = "decision.network-account"
        case packIssued = "pack.issued"
        case cycleSet = "cycle.set"
        case returnSignedOff = "return.signed-off"
        case returnReopened = "return.reopened"
        case returnPublished = "return.published"
        case revisionAccepted = "return.revision-accepted"
        case revisionRejected = "return.revision-rejected"
        case reminderSent = "cycle.reminder-sent"
        case mailSentAgain = "mail.sent-again"
        case actionPlanStarted = "action-plan.started"
        case actionPlanActionAdded = "action-plan.action-added"
        case actionPlanUpdated = "action-plan.action-updated"
        case actionPlanPublished = "action-plan.published"
        case actionPlanReviewed = "action-plan.reviewed"
        case actionPlanRated = "action-plan.rated"
        case actionPlanCommented = "action-plan.commented"
        case openDataClosed = "open-data.closed"
    }

    func record(_ action: Action, subject: String, before: (any Encodable)? = nil, after: (any Encodable)? = nil) async throws {
        try await AuditEventRow(at: now, actor: actor, action: action.rawValue, subject: subject,
                                before: try before.map(Self.json), after: try after.map(Self.json)).create(on: database)
    }

    private static func json(_ value: any Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }
}
