import ParityCore
import Vapor

/// Hands a message to whoever delivers it: the log (the default, enough for a pilot and for
/// development) or an SMTP relay (`PARITY_SMTP_URL`). `Outbox` and `MailDelivery` decide
/// what is sent when; a sender only sends.
protocol MailSender: Sendable {
    /// Where mail goes, for administrators (never with a password).
    var destination: String { get }

    /// Delivers `message` and returns a receipt (the relay's answer). `willTransmit` runs
    /// once, just before the message itself goes: after it, the relay may hold the message
    /// even if this call then fails, so it must not be sent again without asking.
    func send(_ message: MailMessage, willTransmit: @Sendable () async throws -> Void) async throws -> String
}

struct LogMailSender: MailSender {
    let logger: Logger
    var destination: String { "the log: set PARITY_SMTP_URL to send it through a relay" }

    func send(_ message: MailMessage, willTransmit: @Sendable () async throws -> Void) async throws -> String {
        try await willTransmit()
        logger.notice("Mail to \(message.to): \(message.subject)\n\(message.text)")
        return "written to the log"
    }
}

/// Sends through the relay of `PARITY_SMTP_URL`.
struct SMTPMailSender: MailSender {
    let relay: SMTPRelay
    let group: any EventLoopGroup
    var destination: String { relay.redacted }

    func send(_ message: MailMessage, willTransmit: @Sendable () async throws -> Void) async throws -> String {
        let client = SMTPClient(relay: relay, group: group, heloName: message.from.domain)
        return try await client.send(from: message.from.address, to: message.to, data: message.rendered(), willTransmit: willTransmit).text
    }
}

extension Application {
    private struct MailSenderKey: StorageKey { typealias Value = any MailSender }
    private struct MailFromKey: StorageKey { typealias Value = MailAddress }

    var mailSender: any MailSender {
        get { storage[MailSenderKey.self] ?? LogMailSender(logger: logger) }
        set { storage[MailSenderKey.self] = newValue }
    }

    /// Who Parity's mail is from (`PARITY_MAIL_FROM`).
    var mailFrom: MailAddress {
        get { storage[MailFromKey.self] ?? MailAddress(address: "parity@parity.invalid", name: "Parity") }
        set { storage[MailFromKey.self] = newValue }
    }
}

extension NotifyEmail {
    /// The email as a message to `address` from `from`, dated `now`, with a new `Message-ID`.
    func message(from: MailAddress, to address: String, now: Date) -> MailMessage {
        message(from: from, to: address, messageID: "\(UUID().uuidString.lowercased())@\(from.domain)", date: now)
    }
}
