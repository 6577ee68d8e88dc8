import Fluent
import Foundation

/// A staff network's shareable link to the "share an experience" form. The slug is random
/// so that links cannot be guessed; making a new link retires the old one (issue 6).
final class VoiceLinkRow: Model, @unchecked Sendable {
    static let schema = "voice_links"

    @ID var id: UUID?
    @Field(key: "system_code") var systemCode: String
    @Field(key: "slug") var slug: String
    @Field(key: "active") var active: Bool
    @Field(key: "created_at") var createdAt: Date

    init() {}

    init(systemCode: String, slug: String, createdAt: Date) {
        self.systemCode = systemCode
        self.slug = slug
        active = true
        self.createdAt = createdAt
    }
}

/// One experience shared by a member of staff. Anonymous by construction: the row holds no
/// account, address, browser, cookie or exact time — only the ISO week it arrived in — and
/// its text is stored after redaction (issue 6). The receipt code is kept only as a hash, so
/// the table alone cannot lead anyone back to a submission's author.
final class VoiceSubmissionRow: Model, @unchecked Sendable {
    static let schema = "voice_submissions"

    @ID var id: UUID?
    @Field(key: "system_code") var systemCode: String
    @OptionalField(key: "organisation_code") var organisationCode: String?
    @Field(key: "week") var week: String
    @Field(key: "text") var text: String
    /// The kinds of identifier removed before storage, "email:1,phone:2"; empty when none.
    @Field(key: "redactions") var redactions: String
    /// Theme raw values, comma-separated in `VoiceTheme` order.
    @Field(key: "themes") var themes: String
    @OptionalField(key: "staff_group") var staffGroup: String?
    @OptionalField(key: "band") var band: String?
    @OptionalField(key: "ethnicity") var ethnicity: String?
    @OptionalField(key: "disability") var disability: String?
    @Field(key: "consent") var consent: String
    /// `pending`, `published` or `held` (`VoiceModerationStatus`).
    @Field(key: "status") var status: String
    @OptionalField(key: "hold_reason") var holdReason: String?
    /// The moderators' "you said, we did" reply, read through the receipt code.
    @OptionalField(key: "response") var response: String?
    @Field(key: "receipt_hash") var receiptHash: String

    init() {}
}

/// How many submissions one link has taken in one clock hour: the rate limit's only memory,
/// which says nothing about who sent them.
final class VoiceRateWindowRow: Model, @unchecked Sendable {
    static let schema = "voice_rate_windows"

    @ID var id: UUID?
    /// What is limited: `voice:SLUG` or `pulse:SLUG`.
    @Field(key: "subject") var subject: String
    @Field(key: "window_start") var windowStart: Date
    @Field(key: "count") var count: Int

    init() {}

    init(subject: String, windowStart: Date) {
        self.subject = subject
        self.windowStart = windowStart
        count = 0
    }
}

/// What prompted a commitment: a theme of staff voice in its system, or one submission
/// ("you said, we did").
final class VoiceCommitmentLinkRow: Model, @unchecked Sendable {
    static let schema = "voice_commitment_links"

    @ID var id: UUID?
    @Field(key: "commitment_id") var commitmentID: UUID
    @OptionalField(key: "theme") var theme: String?
    @OptionalField(key: "submission_id") var submissionID: UUID?

    init() {}

    init(commitmentID: UUID, theme: String?, submissionID: UUID?) {
        self.commitmentID = commitmentID
        self.theme = theme
        self.submissionID = submissionID
    }
}

/// Where a submission stands in moderation.
enum VoiceModerationStatus: String, CaseIterable {
    /// Waiting for the network lead or system lead.
    case pending
    /// Seen by the panel and the system; counted in "What staff say".
    case published
    /// Held back, with a reason the contributor can read through their receipt.
    case held

    var label: String {
        switch self {
        case .pending: "Waiting for moderation"
        case .published: "Shared with the panel and the system"
        case .held: "Held back"
        }
    }
}
