import Fluent
import Foundation
import JWTKit
import ParityCore
import Testing
import VaporTesting
@testable import ParityServer

/// NHS sign-in (OpenID Connect) against a real provider on loopback (`oidc-provider-mock`),
/// and against a provider the test controls for tokens a real one never issues.
@Suite(.serialized, .enabled(if: OpenIDProviderMock.executable != nil, Comment(rawValue: OpenIDProviderMock.missing)))
struct NHSSignInTests {
    static let clientID = "parity-test"

    @Test func anInvitedPersonSignsInWithTheirNHSAccountAndLandsSignedIn() async throws {
        try await withProvider { app, mock in
            // given
            try await TestAccounts.create(in: app)
            let browser = TestBrowser(app)
            // when
            let back = try await mock.authorize(try await start(browser), as: TestAccounts.admin.0, client: app.client)
            let response = try await browser.get(back)
            // then
            #expect(response.status == .seeOther)
            #expect(response.headers.first(name: .location) == "/account")
            #expect(try await browser.get("/account").body.string.contains(TestAccounts.admin.0))
            #expect(try await actions(app).contains("session.signed-in-nhs"))
        }
    }

    @Test func anUnknownPersonIsToldToAskForAnInvitationAndGetsNoAccount() async throws {
        try await withProvider { app, mock in
            // given
            try await TestAccounts.create(in: app)
            let browser = TestBrowser(app)
            // when
            let back = try await mock.authorize(try await start(browser), as: "stranger@nhs.test", client: app.client)
            let response = try await browser.get(back)
            // then
            #expect(response.status == .forbidden)
            #expect(response.body.string.contains("Ask your administrator for an invitation."))
            #expect(try await UserRow.query(on: app.db).filter(\.$email == "stranger@nhs.test").count() == 0)
            #expect(try await SessionRow.query(on: app.db).count() == 0)
            #expect(try await actions(app).contains("session.nhs-sign-in-refused"))
        }
    }

    @Test func aReplayedStateIsRefused() async throws {
        try await withProvider { app, mock in
            // given a sign-in that succeeded
            try await TestAccounts.create(in: app)
            let browser = TestBrowser(app)
            let authorize = try await start(browser)
            let back = try await mock.authorize(authorize, as: TestAccounts.admin.0, client: app.client)
            try await browser.get(back)
            try await browser.post("/sign-out", form: [:])
            // when the provider's answer, state and all, comes back again
            let replay = try await browser.get(back)
            // then
            #expect(replay.status == .badRequest)
            #expect(replay.body.string.contains("already been used"))
            #expect(try await SessionRow.query(on: app.db).count() == 0)
        }
    }

    @Test func aStateFromAnotherBrowserIsRefused() async throws {
        try await withProvider { app, mock in
            // given an attacker's sign-in, its callback link sent to a victim
            try await TestAccounts.create(in: app)
            let back = try await mock.authorize(try await start(TestBrowser(app)), as: TestAccounts.admin.0, client: app.client)
            // when the victim's browser follows it
            let response = try await TestBrowser(app).get(back)
            // then
            #expect(response.status == .badRequest)
            #expect(response.body.string.contains("started in another browser"))
            #expect(try await SessionRow.query(on: app.db).count() == 0)
        }
    }

    @Test func anExpiredTokenFromTheProviderIsRefused() async throws {
        // The provider's tokens live one second; Parity's clock is three minutes on (past the skew allowed).
        try await withProvider(arguments: ["-e", "1"]) { app, mock in
            // given
            try await TestAccounts.create(in: app)
            let browser = TestBrowser(app)
            let back = try await mock.authorize(try await start(browser), as: TestAccounts.admin.0, client: app.client)
            // when
            app.now = { Date().addingTimeInterval(180) }
            let response = try await browser.get(back)
            // then
            #expect(response.status == .unauthorized)
            #expect(try await SessionRow.query(on: app.db).count() == 0)
            #expect(try await refusalReasons(app) == ["expired-token"])
        }
    }

    @Test(arguments: [
        (TokenFault.wrongAudience, "wrong-audience"),
        (.badSignature, "bad-signature"),
        (.expired, "expired-token"),
        (.wrongNonce, "wrong-nonce"),
    ])
    func aTokenARealProviderWouldNotIssueIsRefused(fault: TokenFault, reason: String) async throws {
        try await withFakeProvider { app, fake, _ in
            // given
            try await TestAccounts.create(in: app)
            let browser = TestBrowser(app)
            let (state, nonce) = try await startAtFake(browser)
            let email = TestAccounts.admin.0
            switch fault {
            case .wrongAudience: fake.nextToken = try await fake.token(email: email, audience: "someone-else", nonce: nonce, issuedAt: Date())
            case .badSignature: fake.nextToken = try await fake.token(email: email, audience: Self.clientID, nonce: nonce, issuedAt: Date(),
                                                                      signer: try .init(pem: FakeOpenIDProvider.openSSLKey()))
            case .expired: fake.nextToken = try await fake.token(email: email, audience: Self.clientID, nonce: nonce, issuedAt: Date().addingTimeInterval(-3600))
            case .wrongNonce: fake.nextToken = try await fake.token(email: email, audience: Self.clientID, nonce: "another sign-in", issuedAt: Date())
            }
            // when
            let response = try await browser.get("/sign-in/nhs/callback?code=c&state=\(state)")
            // then
            #expect(response.status == .unauthorized)
            #expect(try await SessionRow.query(on: app.db).count() == 0)
            #expect(try await refusalReasons(app) == [reason])
        }
    }

    @Test func rotatedKeysAreFetchedAgainButAtMostOnceAMinute() async throws {
        try await withFakeProvider { app, fake, clock in
            // given a sign-in that fetched the provider's keys
            try await TestAccounts.create(in: app)
            #expect(try await signInAtFake(app, fake, kid: "fake-key").status == .seeOther)
            // when the provider rotates to a new key, at once and then a minute later
            fake.published = ["rotated-key": try .init(pem: FakeOpenIDProvider.openSSLKey())]
            let atOnce = try await signInAtFake(app, fake, kid: "rotated-key")
            clock.now += 61
            let later = try await signInAtFake(app, fake, kid: "rotated-key")
            let withdrawn = try await signInAtFake(app, fake, kid: "fake-key", signer: try .init(pem: FakeOpenIDProvider.openSSLKey()))
            // then
            #expect(atOnce.status == .unauthorized)
            #expect(later.status == .seeOther)
            #expect(withdrawn.status == .unauthorized)
            #expect(fake.jwksRequests == 2)
            #expect(try await refusalReasons(app) == ["unknown-signing-key", "unknown-signing-key"])
        }
    }

    @Test func withPasswordsOffTheSignInPageOffersOnlyNHSAndPasswordsAreRefused() async throws {
        try await withParity(adjust: {
            $0.nhsSignIn = NHSSignInSettings(issuer: "https://login.microsoftonline.com/tenant/v2.0", clientID: Self.clientID, clientSecret: "s")
            $0.passwordSignIn = false
        }) { app in
            // given
            try await TestAccounts.create(in: app)
            let browser = TestBrowser(app)
            // when
            let page = try await browser.get("/sign-in").body.string
            let attempt = try await browser.signIn(TestAccounts.admin.0)
            // then
            #expect(page.contains("Sign in with NHS account") && !page.contains("type=\"password\""))
            #expect(attempt.status == .forbidden)
            #expect(try await SessionRow.query(on: app.db).count() == 0)
        }
    }

    @Test(arguments: [
        ([:], nil as String?),
        (["PARITY_OIDC_ISSUER": "https://login.microsoftonline.com/t/v2.0", "PARITY_OIDC_CLIENT_ID": "c", "PARITY_OIDC_CLIENT_SECRET": "s"], "https://login.microsoftonline.com/t/v2.0"),
    ])
    func configurationReadsTheThreeVariables(environment: [String: String], issuer: String?) throws {
        #expect(try NHSSignInSettings.fromEnvironment(environment)?.issuer == issuer)
    }

    @Test func configurationRefusesHalfASetUpAndPasswordsOffWithoutNHSSignIn() {
        let complete = ["PARITY_OIDC_ISSUER": "https://login.example", "PARITY_OIDC_CLIENT_ID": "c", "PARITY_OIDC_CLIENT_SECRET": "s"]
        #expect(throws: ConfigurationError.self) { try NHSSignInSettings.fromEnvironment(["PARITY_OIDC_ISSUER": "https://login.example"]) }
        #expect(throws: ConfigurationError.self) { try NHSSignInSettings.fromEnvironment(complete.merging(["PARITY_OIDC_ISSUER": "http://login.example"]) { $1 }) }
        #expect(throws: ConfigurationError.self) { try ParityConfig.fromEnvironment(["PARITY_PASSWORD_SIGN_IN": "off"]) }
        #expect(throws: ConfigurationError.self) { try ParityConfig.fromEnvironment(complete) }
        #expect(throws: Never.self) { try ParityConfig.fromEnvironment(complete.merging(["PARITY_BASE_URL": "https://parity.example.nhs.uk", "PARITY_PASSWORD_SIGN_IN": "off"]) { $1 }) }
    }

    // MARK: - helpers

    private func withProvider(arguments: [String] = [], _ body: (Application, OpenIDProviderMock) async throws -> Void) async throws {
        var mock: OpenIDProviderMock?
        defer { mock?.stop() }
        try await withParity { app in
            // The provider's tokens carry the real time; Parity's redirects are the browser's to follow.
            app.now = { Date() }
            app.http.client.configuration.redirectConfiguration = .disallow
            let started = try await OpenIDProviderMock(client: app.client, arguments: arguments)
            mock = started
            app.openIDProvider = OpenIDProvider(settings: NHSSignInSettings(issuer: started.issuer, clientID: Self.clientID, clientSecret: "secret"))
            try await body(app, started)
        }
    }

    private final class Clock: @unchecked Sendable { var now = Date() }

    private func withFakeProvider(_ body: (Application, FakeOpenIDProvider, Clock) async throws -> Void) async throws {
        let fake = try await FakeOpenIDProvider()
        do {
            try await withParity(adjust: { $0.nhsSignIn = NHSSignInSettings(issuer: fake.issuer, clientID: Self.clientID, clientSecret: "s") }) { app in
                let clock = Clock()
                app.now = { clock.now }
                try await body(app, fake, clock)
            }
        } catch {
            try await fake.stop()
            throw error
        }
        try await fake.stop()
    }

    /// Starts a sign-in at the fake provider; returns the `state` and `nonce` Parity sent it.
    private func startAtFake(_ browser: TestBrowser) async throws -> (state: String, nonce: String) {
        let authorize = try #require(URLComponents(string: try await start(browser)))
        let state = try #require(authorize.queryItems?.first { $0.name == "state" }?.value)
        let nonce = try #require(authorize.queryItems?.first { $0.name == "nonce" }?.value)
        return (state, nonce)
    }

    /// A whole sign-in as the admin, in a new browser, with a good token naming `kid`.
    private func signInAtFake(_ app: Application, _ fake: FakeOpenIDProvider, kid: String, signer: JWTKit.Insecure.RSA.PrivateKey? = nil) async throws -> TestingHTTPResponse {
        let browser = TestBrowser(app)
        let (state, nonce) = try await startAtFake(browser)
        fake.nextToken = try await fake.token(email: TestAccounts.admin.0, audience: Self.clientID, nonce: nonce, issuedAt: Date(), kid: kid, signer: signer)
        return try await browser.get("/sign-in/nhs/callback?code=c&state=\(state)")
    }

    /// Starts NHS sign-in as the sign-in page's button does; returns where Parity sends the browser.
    private func start(_ browser: TestBrowser) async throws -> String {
        let response = try await browser.get("/sign-in/nhs")
        #expect(response.status == .seeOther)
        return try #require(response.headers.first(name: .location))
    }

    private func actions(_ app: Application) async throws -> [String] {
        try await AuditEventRow.query(on: app.db).all().map(\.action)
    }

    private func refusalReasons(_ app: Application) async throws -> [String] {
        try await AuditEventRow.query(on: app.db).filter(\.$action == "session.nhs-sign-in-refused").all()
            .compactMap { row in try row.after.flatMap { try JSONDecoder().decode([String: String].self, from: Data($0.utf8))["reason"] } }
    }
}

enum TokenFault: Sendable {
    case wrongAudience, badSignature, expired, wrongNonce
}
