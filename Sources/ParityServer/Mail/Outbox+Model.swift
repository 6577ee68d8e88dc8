import Fluent
import Foundation

/// One message Parity has to send, recorded before any attempt to send it, under a key that
/// names what it is for (`MailKind`), so the same thing is never mailed twice.
final class OutboxMessageRow: Model, @unchecked Sendable {
    static let schema = "mail_outbox"

    @ID var id: UUID?
    @Field(key: "message_key") var key: String
    @Field(key: "kind") var kind: String
    @Field(key: "recipient") var recipient: String
    @Field(key: "from_address") var fromAddress: String
    @OptionalField(key: "from_name") var fromName: String?
    @Field(key: "subject") var subject: String
    /// The bodies hold one-time links, so they are emptied once the message is sent.
    @Field(key: "text_body") var textBody: String
    @Field(key: "html_body") var htmlBody: String
    @Field(key: "message_id") var messageID: String
    @Field(key: "created_at") var createdAt: Date
    @Field(key: "state") var state: String
    @Field(key: "attempts") var attempts: Int
    @OptionalField(key: "next_attempt_at") var nextAttemptAt: Date?
    /// While `connecting` or `transmitting`: when the attempt is taken to have died with its process.
    @OptionalField(key: "lease_until") var leaseUntil: Date?
    @OptionalField(key: "last_attempt_at") var lastAttemptAt: Date?
    @OptionalField(key: "last_error") var lastError: String?
    @OptionalField(key: "sent_at") var sentAt: Date?
    @OptionalField(key: "relay_reply") var relayReply: String?

    init() {}
}

/// Where a message stands. Only `queued` and a `connecting` whose attempt died are sent by
/// `MailDelivery` on its own; `failed` and `uncertain` wait for an administrator.
enum OutboxState: String, CaseIterable {
    /// Waiting for its first or next attempt (`next_attempt_at`).
    case queued
    /// An attempt is talking to the relay; nothing of the message has gone yet.
    case connecting
    /// The relay asked for the message and it is going: if the attempt dies now, the relay
    /// may or may not have taken it.
    case transmitting
    case sent
    /// The relay refused it (5xx), or every attempt on the schedule failed.
    case failed
    /// An attempt died while the message was going: it may have arrived.
    case uncertain

    var label: String {
        switch self {
        case .queued: "Waiting to be sent"
        case .connecting, .transmitting: "Sending"
        case .sent: "Sent"
        case .failed: "Not sent"
        case .uncertain: "May not have been sent"
        }
    }

    /// An administrator may ask for it to be sent again.
    var maySendAgain: Bool { self == .failed || self == .uncertain }
}

/// What a message is for, and the key that makes it once-only.
enum MailKind: String {
    case invitation
    case passwordReset = "password-reset"
    case reminder

    var label: String {
        switch self {
        case .invitation: "Invitation"
        case .passwordReset: "Password reset"
        case .reminder: "Return reminder"
        }
    }

    /// The key of the mail for one-time link `linkID`.
    static func key(link linkID: UUID, _ kind: MailKind) -> String { "\(kind.rawValue):\(linkID.uuidString.lowercased())" }
}
