import Foundation
import NIOConcurrencyHelpers
import NIOCore
import NIOSSL

/// One connection's conversation with a relay: a command, then its reply within a time
/// limit. A limit that passes closes the connection, which ends the wait for the reply.
struct SMTPSession {
    let channel: any Channel
    var replies: NIOAsyncChannelInboundStream<SMTPReply>.AsyncIterator
    let outbound: NIOAsyncChannelOutboundWriter<ByteBuffer>

    /// Sends `command` (a line without its CRLF, or whole `isLine: false` data; nil sends
    /// nothing) and returns the reply when its code is one of `expecting`.
    @discardableResult
    mutating func exchange(_ command: String?, step: String, expecting: Set<Int>, timeout: TimeAmount, isLine: Bool = true) async throws -> SMTPReply {
        let timedOut = NIOLockedValueBox(false)
        let channel = self.channel
        let timer = channel.eventLoop.scheduleTask(in: timeout) {
            timedOut.withLockedValue { $0 = true }
            channel.close(promise: nil)
        }
        defer { timer.cancel() }
        let reply: SMTPReply?
        do {
            if let command { try await outbound.write(ByteBuffer(string: isLine ? command + "\r\n" : command)) }
            reply = try await replies.next()
        } catch let failure as SMTPFailure {
            throw failure
        } catch {
            if timedOut.withLockedValue({ $0 }) { throw SMTPFailure.timedOut(waitingFor: step) }
            if error is NIOSSLError || error is BoringSSLError { throw SMTPFailure.tls("\(error)") }
            throw SMTPFailure.connectionClosed(waitingFor: "\(step): \(error)")
        }
        guard let reply else {
            throw timedOut.withLockedValue { $0 } ? SMTPFailure.timedOut(waitingFor: step) : SMTPFailure.connectionClosed(waitingFor: step)
        }
        guard expecting.contains(reply.code) else { throw SMTPFailure.refused(command: step, reply: reply) }
        return reply
    }

    /// EHLO, and what the relay says it offers.
    mutating func ehlo(_ name: String, timeout: TimeAmount) async throws -> SMTPFeatures {
        SMTPFeatures(try await exchange("EHLO \(name)", step: "EHLO", expecting: [250], timeout: timeout))
    }

    /// Puts TLS under the conversation, after the relay's 220 to STARTTLS.
    mutating func startTLS(_ context: NIOSSLContext, serverHostname: String?) async throws {
        do {
            try await channel.eventLoop.submit { [channel] in
                try channel.pipeline.syncOperations.addHandler(try NIOSSLClientHandler(context: context, serverHostname: serverHostname), position: .first)
            }.get()
        } catch {
            throw SMTPFailure.tls("\(error)")
        }
    }

    /// AUTH PLAIN (RFC 4616) or LOGIN, as `choice` says or else the first of them the relay
    /// offers. The password is never part of an error.
    mutating func authenticate(username: String, password: String, offered: SMTPFeatures, choice: SMTPRelay.Mechanism?, timeout: TimeAmount) async throws {
        let mechanisms = offered.authMechanisms
        guard let mechanism = choice ?? [.plain, .login].first(where: { mechanisms.contains($0.rawValue.uppercased()) }) else {
            throw SMTPFailure.unsupported("AUTH PLAIN or LOGIN (it offers: \(mechanisms.isEmpty ? "no AUTH" : mechanisms.joined(separator: " ")))")
        }
        let encoded = { (text: String) in Data(text.utf8).base64EncodedString() }
        switch mechanism {
        case .plain:
            try await exchange("AUTH PLAIN " + encoded("\0\(username)\0\(password)"), step: "AUTH PLAIN", expecting: [235], timeout: timeout)
        case .login:
            try await exchange("AUTH LOGIN", step: "AUTH LOGIN", expecting: [334], timeout: timeout)
            try await exchange(encoded(username), step: "AUTH LOGIN (user)", expecting: [334], timeout: timeout)
            try await exchange(encoded(password), step: "AUTH LOGIN (password)", expecting: [235], timeout: timeout)
        }
    }
}

/// The extensions a relay lists in its reply to EHLO.
struct SMTPFeatures {
    private let keywords: [String: [String]]

    init(_ reply: SMTPReply) {
        var keywords: [String: [String]] = [:]
        for line in reply.lines.dropFirst() {
            let words = line.split(separator: " ").map { String($0).uppercased() }
            if let first = words.first { keywords[first] = Array(words.dropFirst()) }
        }
        self.keywords = keywords
    }

    func offers(_ keyword: String) -> Bool { keywords[keyword] != nil }

    var authMechanisms: [String] { keywords["AUTH"] ?? [] }
}
