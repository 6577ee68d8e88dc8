import Foundation
import ParityCore
import Testing
@testable import ParityServer

/// `PARITY_SMTP_URL` and `PARITY_MAIL_FROM`: the URL form, and a clear error at start-up
/// for anything unusable.
@Suite struct MailConfigurationTests {
    @Test(arguments: [
        ("smtp://user:pass@relay.example.nhs.uk", "relay.example.nhs.uk", 587, SMTPRelay.Security.startTLS, "user", "pass"),
        ("smtps://user:p%40ss%2Fword@relay.example.nhs.uk", "relay.example.nhs.uk", 465, .implicitTLS, "user", "p@ss/word"),
        ("smtp://relay.example.nhs.uk:2587", "relay.example.nhs.uk", 2587, .startTLS, nil, nil),
        ("smtp://127.0.0.1:2525?tls=none", "127.0.0.1", 2525, .none, nil, nil),
        ("smtp://user:pass@localhost:2525?tls=none", "localhost", 2525, .none, "user", "pass"),
        ("smtp://relay.example.nhs.uk:465?tls=implicit", "relay.example.nhs.uk", 465, .implicitTLS, nil, nil),
        ("smtp://relay.internal:25?tls=none", "relay.internal", 25, .none, nil, nil),
    ] as [(String, String, Int, SMTPRelay.Security, String?, String?)])
    func theRelayURLSaysHostPortTLSAndUser(url: String, host: String, port: Int, security: SMTPRelay.Security, user: String?, password: String?) throws {
        let relay = try SMTPRelay.parse(url)
        #expect(relay.host == host && relay.port == port && relay.security == security)
        #expect(relay.username == user && relay.password == password)
    }

    @Test(arguments: [
        "http://relay.example.nhs.uk",
        "smtp://",
        "smtp://relay.example.nhs.uk/path",
        "smtp://relay.example.nhs.uk?tls=maybe",
        "smtp://relay.example.nhs.uk?auth=cram-md5",
        "smtp://relay.example.nhs.uk?verify=no",
        "smtp://relay.example.nhs.uk?ca=/no/such/file.pem",
        "smtp://user:pass@relay.example.nhs.uk:25?tls=none",
        "smtp://:pass@relay.example.nhs.uk",
        "smtp://relay.example.nhs.uk:70000",
    ])
    func anUnusableRelayURLIsAClearErrorThatNeverShowsThePassword(url: String) {
        #expect(throws: ConfigurationError.self) { try SMTPRelay.parse(url) }
        do { _ = try SMTPRelay.parse(url) } catch {
            #expect(!error.description.contains("pass@"))
            #expect(error.description.contains("PARITY_SMTP_URL"))
        }
    }

    @Test func aRelayNeedsASenderAndTheDefaultIsTheLog() throws {
        #expect(try ParityConfig.fromEnvironment([:]).smtpRelay == nil)
        #expect(throws: ConfigurationError.self) { try ParityConfig.fromEnvironment(["PARITY_SMTP_URL": "smtp://relay.example.nhs.uk"]) }
        #expect(throws: ConfigurationError.self) { try ParityConfig.fromEnvironment(["PARITY_MAIL_FROM": "not an address"]) }
        let config = try ParityConfig.fromEnvironment(["PARITY_SMTP_URL": "smtps://u:p@relay.example.nhs.uk", "PARITY_MAIL_FROM": "Parity <parity@example.nhs.uk>"])
        #expect(config.smtpRelay?.redacted == "smtps://u:•••@relay.example.nhs.uk:465")
        #expect(config.mailFrom == MailAddress(address: "parity@example.nhs.uk", name: "Parity"))
    }
}
