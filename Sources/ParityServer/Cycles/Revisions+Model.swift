import Fluent
import Foundation

/// The signer's reason for letting a data-quality warning stand, given at sign-off (issue 20)
/// and read by the region when it reviews the return.
final class WarningAcknowledgementRow: Model, @unchecked Sendable {
    static let schema = "cycle_warning_acknowledgements"

    @ID var id: UUID?
    @Parent(key: "cycle_id") var cycle: ReportingCycleRow
    @Field(key: "organisation_code") var organisationCode: String
    /// The return version signed off.
    @Field(key: "return_version") var returnVersion: Int
    /// The warning as the signer read it: "Indicator 2", and its sentence.
    @Field(key: "subject") var subject: String
    @Field(key: "message") var message: String
    @Field(key: "reason") var reason: String
    @Field(key: "at") var at: Date
    @Field(key: "actor") var actor: String

    init() {}

    init(cycleID: UUID, organisationCode: String, returnVersion: Int, subject: String, message: String, reason: String, at: Date, actor: String) {
        self.$cycle.id = cycleID
        self.organisationCode = organisationCode
        self.returnVersion = returnVersion
        self.subject = subject
        self.message = message
        self.reason = reason
        self.at = at
        self.actor = actor
    }
}

/// A revision of a published return the region accepted (issue 20): what the public reads as
/// "Revised on DATE", with the headlines it changed and why.
final class ReturnRevisionRow: Model, @unchecked Sendable {
    static let schema = "return_revisions"

    @ID var id: UUID?
    @Field(key: "organisation_code") var organisationCode: String
    @Field(key: "standard") var standard: String
    @Field(key: "year") var year: Int
    /// The version public before, and the version public from `acceptedAt`.
    @Field(key: "from_version") var fromVersion: Int
    @Field(key: "to_version") var toVersion: Int
    @Field(key: "accepted_at") var acceptedAt: Date
    /// The organisation's reason for the correction, given when it imported it.
    @Field(key: "reason") var reason: String
    /// The headlines the public read before and after, as JSON (`HeadlineChange`).
    @Field(key: "changes") var changes: String

    init() {}
}

/// What the audit log keeps of a sign-off: who vouched, and why each warning stands.
struct SignOffAuditRecord: Encodable {
    var name: String
    var jobTitle: String
    var acknowledgements: [[String: String]]
}
