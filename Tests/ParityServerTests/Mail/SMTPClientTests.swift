import Foundation
import NIOPosix
import ParityCore
import Testing
@testable import ParityServer

/// The SMTP client against a real relay on loopback: the message's headers and lines, dot-
/// stuffing, STARTTLS with a certificate of the test's own, and AUTH PLAIN and LOGIN.
@Suite struct SMTPClientTests {
    static let message = MailMessage(
        from: MailAddress(address: "parity@example.nhs.uk", name: "Parity Région"), to: "reader@test.invalid",
        subject: "Résumé of the WRES 2026 return for Northmere Community Health and Care NHS Foundation Trust",
        text: "First line.\n.A line that starts with a dot\n..and one with two\n.\n" + String(repeating: "long ", count: 300) + "\nLast line.",
        html: "<p>First line.</p>\n.<p>dot</p>", messageID: "0f6c2a52-7d3a-4a1e-9b2f-3c4d5e6f7a8b@example.nhs.uk", date: testNow)

    @Test func theMessageArrivesWithItsHeadersAndEveryLineIntact() async throws {
        // given
        let relay = try SMTPTestRelay.start()
        defer { relay.stop() }
        let sender = SMTPMailSender(relay: try SMTPRelay.parse("smtp://127.0.0.1:\(relay.port)?tls=none"), group: MultiThreadedEventLoopGroup.singleton)
        // when
        let receipt = try await sender.send(Self.message) {}
        // then
        #expect(receipt.hasPrefix("250"))
        let mail = try #require(try relay.messages().first)
        #expect(mail.header("From") == "=?UTF-8?B?UGFyaXR5IFLDqWdpb24=?= <parity@example.nhs.uk>")
        #expect(mail.header("Date") == "Sun, 29 Nov 2026 12:00:00 +0000")
        #expect(mail.header("Message-ID") == "<\(Self.message.messageID)>")
        #expect(mail.header("MIME-Version") == "1.0")
        #expect(mail.header("Content-Type")?.hasPrefix("multipart/alternative; boundary=") == true)
        let subject = try #require(mail.header("Subject"))
        #expect(subject.hasPrefix("=?UTF-8?B?"))
        #expect(Self.decodedWords(subject) == Self.message.subject)
        #expect(mail.body("text/plain") == Self.message.text)
        #expect(mail.body("text/html") == Self.message.html)
        let lines = mail.raw.components(separatedBy: "\r\n")
        #expect(!mail.raw.replacingOccurrences(of: "\r\n", with: "").contains("\n"), "CRLF line ends only")
        #expect(lines.allSatisfy { $0.utf8.count <= 78 })
    }

    @Test func startTLSWithTheRelaysCertificateAndAuthentication() async throws {
        // given a relay that requires STARTTLS and a password, with a certificate of its own
        let certificate = try SelfSignedCertificate.make()
        defer { certificate.remove() }
        let relay = try SMTPTestRelay.start(tls: (certificate.certificate, certificate.key), user: "parity:s3cret pass")
        defer { relay.stop() }
        for mechanism in ["plain", "login"] {
            let url = "smtp://parity:s3cret%20pass@localhost:\(relay.port)?ca=\(certificate.certificate)&auth=\(mechanism)"
            let sender = SMTPMailSender(relay: try SMTPRelay.parse(url), group: MultiThreadedEventLoopGroup.singleton)
            // when
            _ = try await sender.send(Self.message) {}
        }
        // then
        #expect(try relay.messages().count == 2)
    }

    @Test func implicitTLSWithAuthentication() async throws {
        // given a relay that speaks TLS from the first byte (smtps) and requires a password
        let certificate = try SelfSignedCertificate.make()
        defer { certificate.remove() }
        let relay = try SMTPTestRelay.start(tls: (certificate.certificate, certificate.key), implicitTLS: true, user: "parity:s3cret")
        defer { relay.stop() }
        let sender = SMTPMailSender(relay: try SMTPRelay.parse("smtps://parity:s3cret@localhost:\(relay.port)?ca=\(certificate.certificate)"),
                                    group: MultiThreadedEventLoopGroup.singleton)
        // when
        let receipt = try await sender.send(Self.message) {}
        // then
        #expect(receipt.hasPrefix("250"))
        #expect(try relay.messages().map(\.recipients) == [["reader@test.invalid"]])
    }

    @Test func aRelayWhoseCertificateIsNotTrustedGetsNothing() async throws {
        let certificate = try SelfSignedCertificate.make()
        defer { certificate.remove() }
        let relay = try SMTPTestRelay.start(tls: (certificate.certificate, certificate.key))
        defer { relay.stop() }
        let sender = SMTPMailSender(relay: try SMTPRelay.parse("smtp://localhost:\(relay.port)"), group: MultiThreadedEventLoopGroup.singleton)
        let transmitted = TransmitFlag()
        await #expect(throws: SMTPFailure.self) { try await sender.send(Self.message) { transmitted.set() } }
        #expect(!transmitted.isSet)
        #expect(try relay.messages().isEmpty)
    }

    /// aiosmtpd keeps a client with a wrong password waiting rather than answering 535, so this
    /// also shows the time limit ending the wait. The limit is every step's: 10 s leaves the
    /// greeting and STARTTLS room when the whole suite starts at once (at 3 s one timed out
    /// before AUTH under load).
    @Test func aWrongPasswordSendsNothingAndNeverShowsThePassword() async throws {
        let certificate = try SelfSignedCertificate.make()
        defer { certificate.remove() }
        let relay = try SMTPTestRelay.start(tls: (certificate.certificate, certificate.key), user: "parity:right")
        defer { relay.stop() }
        var client = SMTPClient(relay: try SMTPRelay.parse("smtp://parity:wrong-secret@localhost:\(relay.port)?ca=\(certificate.certificate)"),
                                group: MultiThreadedEventLoopGroup.singleton, heloName: "example.nhs.uk")
        client.replyTimeout = .seconds(10)
        let transmitted = TransmitFlag()
        do {
            _ = try await client.send(from: "parity@example.nhs.uk", to: "reader@test.invalid", data: Self.message.rendered()) { transmitted.set() }
            Issue.record("a wrong password was accepted")
        } catch let failure as SMTPFailure {
            #expect(failure.description.contains("AUTH PLAIN") && !failure.description.contains("wrong-secret"))
        }
        #expect(!transmitted.isSet)
        #expect(try relay.messages().isEmpty)
    }

    static func decodedWords(_ header: String) -> String {
        header.split(separator: " ").map { word in
            let base64 = word.dropFirst("=?UTF-8?B?".count).dropLast(2)
            return String(decoding: Data(base64Encoded: String(base64)) ?? Data(), as: UTF8.self)
        }.joined()
    }
}

/// Records that `willTransmit` ran.
final class TransmitFlag: @unchecked Sendable {
    private let lock = NSLock()
    private var value = false
    func set() { lock.withLock { value = true } }
    var isSet: Bool { lock.withLock { value } }
}

/// A certificate for `localhost` made by `openssl` for one test, and its key.
struct SelfSignedCertificate {
    let folder: URL
    var certificate: String { folder.appendingPathComponent("certificate.pem").path }
    var key: String { folder.appendingPathComponent("key.pem").path }

    static func make() throws -> SelfSignedCertificate {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("parity-tls-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let made = SelfSignedCertificate(folder: folder)
        let openssl = Process()
        openssl.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        openssl.arguments = ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=localhost",
                             "-addext", "subjectAltName=DNS:localhost", "-keyout", made.key, "-out", made.certificate]
        openssl.standardOutput = FileHandle.nullDevice
        openssl.standardError = FileHandle.nullDevice
        try openssl.run()
        openssl.waitUntilExit()
        guard openssl.terminationStatus == 0 else { throw SMTPTestRelay.Unavailable(description: "openssl could not make a test certificate") }
        return made
    }

    func remove() { try? FileManager.default.removeItem(at: folder) }
}
