import Vapor

/// Sends email. The default writes each message to the log, which is enough for a pilot and
/// for tests; a real relay implements the same protocol.
protocol MailSender: Sendable {
    func send(to address: String, subject: String, body: String) async throws
}

struct LogMailSender: MailSender {
    let logger: Logger

    func send(to address: String, subject: String, body: String) async throws {
        logger.notice("Mail to \(address): \(subject)\n\(body)")
    }
}

extension Application {
    private struct MailSenderKey: StorageKey { typealias Value = any MailSender }

    var mailSender: any MailSender {
        get { storage[MailSenderKey.self] ?? LogMailSender(logger: logger) }
        set { storage[MailSenderKey.self] = newValue }
    }
}
