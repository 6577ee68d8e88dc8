import Foundation
import ParityCore

struct OutboxPage: Encodable {
    var chrome: PageChrome
    var messages: [OutboxMessageView]
    var relay: String
}

struct OutboxMessageView: Encodable {
    var kind: String
    var recipient: String
    var subject: String
    var created: String
    var state: String
    var attempts: Int
    var detail: String?
    var sendAgainHref: String?

    init(_ row: OutboxMessageRow) {
        let state = OutboxState(rawValue: row.state) ?? .failed
        kind = MailKind(rawValue: row.kind)?.label ?? row.kind
        recipient = row.recipient
        subject = row.subject
        created = DisplayDate.dateTime(row.createdAt)
        self.state = state.label
        attempts = row.attempts
        detail = Self.detail(row, state: state)
        sendAgainHref = state.maySendAgain ? SitePath.mailSendAgain(row.id!).href : nil
    }

    /// One line on where the message stands: when it went, or why not and what happens next.
    static func detail(_ row: OutboxMessageRow, state: OutboxState) -> String? {
        switch state {
        case .sent: row.sentAt.map { "Sent \(DisplayDate.dateTime($0))" + (row.relayReply.map { ": \($0)" } ?? "") }
        case .queued: row.lastError.map { "Last try: \($0). Next try \(row.nextAttemptAt.map(DisplayDate.dateTime) ?? "soon")." }
        case .failed, .uncertain: row.lastError
        case .connecting, .transmitting: nil
        }
    }
}
