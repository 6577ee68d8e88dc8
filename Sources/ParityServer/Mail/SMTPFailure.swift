/// Why a message was not delivered. `isPermanent` failures (the relay answered 5xx) are not
/// tried again until an administrator asks; the others are, on `MailRetrySchedule`.
enum SMTPFailure: Error, CustomStringConvertible, Equatable {
    /// The relay answered `reply` to `command` (`RCPT TO`, say).
    case refused(command: String, reply: SMTPReply)
    case couldNotConnect(String)
    case timedOut(waitingFor: String)
    case connectionClosed(waitingFor: String)
    case malformedReply(String)
    /// The relay lacks something Parity was configured to need (STARTTLS, AUTH).
    case unsupported(String)
    case tls(String)

    var isPermanent: Bool {
        if case let .refused(_, reply) = self { return reply.isPermanentFailure }
        return false
    }

    /// The relay answered: it said what became of the command.
    var isRelaysAnswer: Bool {
        if case .refused = self { return true }
        return false
    }

    var description: String {
        switch self {
        case let .refused(command, reply): "the relay answered \(reply.text) to \(command)"
        case let .couldNotConnect(why): "could not connect to the relay: \(why)"
        case let .timedOut(step): "the relay did not answer in time (waiting for \(step))"
        case let .connectionClosed(step): "the relay closed the connection (waiting for \(step))"
        case let .malformedReply(what): "the relay's answer was not SMTP: \(what)"
        case let .unsupported(what): "the relay does not offer \(what)"
        case let .tls(why): "TLS failed: \(why)"
        }
    }
}
