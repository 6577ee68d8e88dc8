import NIOCore
import NIOPosix
import NIOSSL
import ParityCore

/// Sends one message through an SMTP relay (RFC 5321): greeting, EHLO, STARTTLS when asked
/// for (then EHLO again), AUTH PLAIN or LOGIN when there is a user, MAIL FROM, RCPT TO, DATA
/// with dot-stuffing, QUIT. Every step has a time limit; a relay that does not answer in time
/// is a failure, never a wait without end. A new connection per message: Parity sends a few
/// messages a day.
struct SMTPClient {
    var relay: SMTPRelay
    var group: any EventLoopGroup
    /// The name Parity gives in EHLO: its sender's domain.
    var heloName: String
    var connectTimeout = TimeAmount.seconds(10)
    var replyTimeout = TimeAmount.seconds(60)
    /// For the relay's answer to the whole message, which it may check before answering.
    var messageTimeout = TimeAmount.minutes(3)

    /// Delivers `data` (a rendered message) from `sender` to `recipient` and returns the
    /// relay's answer to it. `willTransmit` runs after the relay has accepted the envelope
    /// and asked for the message, just before the message goes.
    func send(from sender: String, to recipient: String, data: String, willTransmit: @Sendable () async throws -> Void) async throws -> SMTPReply {
        let tls = try relay.security == .none ? nil : tlsContext()
        let channel = try await connect(tls: tls)
        return try await channel.executeThenClose { inbound, outbound in
            var session = SMTPSession(channel: channel.channel, replies: inbound.makeAsyncIterator(), outbound: outbound)
            try await session.exchange(nil, step: "the greeting", expecting: [220], timeout: replyTimeout)
            var features = try await session.ehlo(heloName, timeout: replyTimeout)
            if relay.security == .startTLS {
                guard features.offers("STARTTLS") else { throw SMTPFailure.unsupported("STARTTLS") }
                try await session.exchange("STARTTLS", step: "STARTTLS", expecting: [220], timeout: replyTimeout)
                try await session.startTLS(tls!, serverHostname: serverHostname)
                features = try await session.ehlo(heloName, timeout: replyTimeout)
            }
            if let username = relay.username {
                try await session.authenticate(username: username, password: relay.password ?? "", offered: features,
                                               choice: relay.mechanism, timeout: replyTimeout)
            }
            try await session.exchange("MAIL FROM:<\(sender)>", step: "MAIL FROM", expecting: [250], timeout: replyTimeout)
            try await session.exchange("RCPT TO:<\(recipient)>", step: "RCPT TO", expecting: [250, 251], timeout: replyTimeout)
            try await session.exchange("DATA", step: "DATA", expecting: [354], timeout: replyTimeout)
            try await willTransmit()
            let accepted = try await session.exchange(SMTPDotStuffing.data(data), step: "the message", expecting: [250], timeout: messageTimeout, isLine: false)
            // The message is the relay's now; a failed goodbye changes nothing.
            _ = try? await session.exchange("QUIT", step: "QUIT", expecting: [221], timeout: .seconds(5))
            return accepted
        }
    }

    private var serverHostname: String? {
        // SNI takes names only; an address is checked against the certificate's addresses.
        relay.host.contains(where: \.isLetter) && !relay.host.contains(":") ? relay.host : nil
    }

    private func tlsContext() throws -> NIOSSLContext {
        var configuration = TLSConfiguration.makeClientConfiguration()
        configuration.minimumTLSVersion = .tlsv12
        if let file = relay.trustedCertificateFile {
            configuration.additionalTrustRoots = [.file(file)]
        }
        do { return try NIOSSLContext(configuration: configuration) } catch { throw SMTPFailure.tls("\(error)") }
    }

    private func connect(tls: NIOSSLContext?) async throws -> NIOAsyncChannel<SMTPReply, ByteBuffer> {
        let implicit = relay.security == .implicitTLS ? tls : nil
        let hostname = serverHostname
        do {
            return try await ClientBootstrap(group: group)
                .connectTimeout(connectTimeout)
                .connect(host: relay.host, port: relay.port) { channel in
                    channel.eventLoop.makeCompletedFuture {
                        if let implicit {
                            try channel.pipeline.syncOperations.addHandler(try NIOSSLClientHandler(context: implicit, serverHostname: hostname))
                        }
                        try channel.pipeline.syncOperations.addHandler(ByteToMessageHandler(SMTPReplyDecoder()))
                        return try NIOAsyncChannel<SMTPReply, ByteBuffer>(wrappingChannelSynchronously: channel)
                    }
                }
        } catch {
            throw SMTPFailure.couldNotConnect("\(relay.host):\(relay.port): \(error)")
        }
    }
}
