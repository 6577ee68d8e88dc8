import Foundation
import ParityCore
import Testing
import VaporTesting
@testable import ParityServer

/// Runs `body` against a Parity whose mail goes to the relay at `url`, with links at
/// `https://parity.example.nhs.uk` and the test region and accounts in place.
func withMailRelay(_ url: String, _ body: (Application) async throws -> Void) async throws {
    let relay = try SMTPRelay.parse(url)
    try await withParity(adjust: {
        $0.baseURL = MailRelayFixture.baseURL
        $0.smtpRelay = relay
        $0.mailFrom = MailRelayFixture.from
    }) { app in
        try await TestRegion.create(on: app.db)
        try await TestAccounts.create(in: app)
        try await body(app)
    }
}

enum MailRelayFixture {
    static let baseURL = "https://parity.example.nhs.uk"
    static let from = MailAddress(address: "parity@example.nhs.uk", name: "Parity")

    /// The regional admin invites `email` as a panel member; the page they see.
    static func invite(_ email: String, in app: Application) async throws -> (admin: TestBrowser, page: String) {
        let admin = TestBrowser(app)
        try await admin.signIn(TestAccounts.admin.0)
        let response = try await admin.post("/admin/invitations", form: ["email": email, "role": "panel-member", "scope": "region"])
        #expect(response.status == .ok)
        return (admin, response.body.string)
    }

    /// The path of the first link to Parity in `text`.
    static func linkPath(in text: String) -> String? {
        guard let range = text.range(of: #"https://parity\.example\.nhs\.uk/[^\s<"]+"#, options: .regularExpression) else { return nil }
        return URLComponents(string: String(text[range]))?.path
    }
}
