import Fluent
import Foundation
import ParityCore
import Testing
import VaporTesting
@testable import ParityServer

@Suite struct PasswordResetTests {
    static let newPassword = "a brand new passphrase here"

    @Test func aResetLinkPointsAtTheConfiguredAddressWhateverTheHostHeaderSays() async throws {
        try await withParity(adjust: { $0.baseURL = "https://parity.example.nhs.uk" }) { app in
            // given
            let mail = RecordingMailSender()
            app.mailSender = mail
            try await TestAccounts.create(in: app)
            // when an attacker asks for the victim's reset with their own host
            try await TestBrowser(app).post("/password-reset", form: ["email": TestAccounts.panel.0], headers: ["Host": "evil.example"])
            await app.backgroundWork.finish()
            // then
            let body = try #require(mail.messages.last?.body)
            #expect(body.contains("https://parity.example.nhs.uk/password-reset/"))
            #expect(!body.contains("evil.example"))
        }
    }

    @Test func theAnswerIsTheSameAndDoesNotWaitForTheMailWhetherOrNotTheAddressHasAnAccount() async throws {
        try await withParity { app in
            // given a mail relay slow enough that an answer waiting for it could not be missed
            let mail = RecordingMailSender()
            mail.delay = .seconds(10)
            app.mailSender = mail
            try await TestAccounts.create(in: app)
            // when
            let known = try await TestBrowser(app).post("/password-reset", form: ["email": TestAccounts.panel.0])
            let sentBeforeAnswering = mail.messages.count
            let unknown = try await TestBrowser(app).post("/password-reset", form: ["email": "nobody@test.invalid"])
            await app.backgroundWork.finish()
            // then
            #expect(sentBeforeAnswering == 0)
            #expect(known.status == .ok && unknown.status == .ok)
            #expect(known.body.string == unknown.body.string)
            let headers = { (response: TestingHTTPResponse) in
                response.headers.filter { !["x-request-id", "date"].contains($0.name.lowercased()) }.map { "\($0.name): \($0.value)" }
            }
            #expect(headers(known) == headers(unknown))
            #expect(mail.messages.map(\.to) == [TestAccounts.panel.0])
        }
    }

    @Test func resetRequestsBeyondTheLimitAreThrottledWithoutMail() async throws {
        try await withParity { app in
            // given
            let mail = RecordingMailSender()
            app.mailSender = mail
            try await TestAccounts.create(in: app)
            let limit = SignInThrottle.passwordResetRequests.maximumFailuresPerAccount
            for _ in 1...limit {
                #expect(try await TestBrowser(app).post("/password-reset", form: ["email": TestAccounts.panel.0]).status == .ok)
            }
            // when
            let refused = try await TestBrowser(app).post("/password-reset", form: ["email": TestAccounts.panel.0])
            await app.backgroundWork.finish()
            // then
            #expect(refused.status == .tooManyRequests)
            #expect(refused.body.string.contains("Too many password reset requests"))
            #expect(mail.messages.count == limit)
        }
    }

    @Test func aResetSpendsTheAccountsOlderResetLinks() async throws {
        try await withParity { app in
            // given two reset links
            let mail = RecordingMailSender()
            app.mailSender = mail
            try await TestAccounts.create(in: app)
            for _ in 1...2 { try await TestBrowser(app).post("/password-reset", form: ["email": TestAccounts.panel.0]) }
            await app.backgroundWork.finish()
            let (older, newer) = (try #require(mail.linkPath(0)), try #require(mail.linkPath(1)))
            // when the newer one is used, then the older one
            let reset = try await TestBrowser(app).post(newer, form: ["password": Self.newPassword, "confirm": Self.newPassword])
            let again = try await TestBrowser(app).post(older, form: ["password": "an attacker's own passphrase", "confirm": "an attacker's own passphrase"])
            // then only the first counted
            #expect(reset.status == .seeOther)
            #expect(again.status == .conflict)
            #expect(try await TestBrowser(app).signIn(TestAccounts.panel.0, password: Self.newPassword).status == .seeOther)
        }
    }

    @Test func aResetLinkUsedFourTimesAtOnceWorksOnce() async throws {
        try await withParity { app in
            // given
            let mail = RecordingMailSender()
            app.mailSender = mail
            try await TestAccounts.create(in: app)
            try await TestBrowser(app).post("/password-reset", form: ["email": TestAccounts.panel.0])
            await app.backgroundWork.finish()
            let path = try #require(mail.lastLinkPath)
            // when
            let statuses = try await withThrowingTaskGroup(of: HTTPStatus.self) { group in
                for number in 1...4 {
                    group.addTask {
                        let password = "parallel passphrase number \(number)"
                        return try await TestBrowser(app).post(path, form: ["password": password, "confirm": password]).status
                    }
                }
                return try await group.reduce(into: []) { $0.append($1) }
            }
            // then
            #expect(statuses.filter { $0 == .seeOther }.count == 1, "\(statuses)")
            let user = try #require(try await AccountStore(database: app.db).user(email: TestAccounts.panel.0))
            #expect(try await SessionRow.query(on: app.db).filter(\.$user.$id == user.id!).count() == 1)
        }
    }

    @Test func aResetRevokesTheAccountsAPITokens() async throws {
        try await withParity { app in
            // given a token made before the password was reset
            let mail = RecordingMailSender()
            app.mailSender = mail
            try await TestAccounts.create(in: app)
            let token = try await APITokens.create(app, email: TestAccounts.panel.0)
            #expect(try await TestBrowser(app).get("/api/v1/region/wres/2026", headers: APITokens.header(token)).status != .forbidden)
            try await TestBrowser(app).post("/password-reset", form: ["email": TestAccounts.panel.0])
            await app.backgroundWork.finish()
            // when
            let reset = try await TestBrowser(app).post(try #require(mail.lastLinkPath), form: ["password": Self.newPassword, "confirm": Self.newPassword])
            // then
            #expect(reset.status == .seeOther)
            #expect(try await TestBrowser(app).get("/api/v1/region/wres/2026", headers: APITokens.header(token)).status == .forbidden)
        }
    }

    @Test func anAPITokenCannotMakeOrRevokeTokens() async throws {
        try await withParity { app in
            // given
            try await TestAccounts.create(in: app)
            let token = try await APITokens.create(app, email: TestAccounts.panel.0)
            let row = try #require(try await APITokenRow.query(on: app.db).first())
            // when the token asks for another, and to revoke itself
            let minted = try await TestBrowser(app).post("/account/tokens", form: ["name": "outlives its parent"], headers: APITokens.header(token))
            let revoked = try await TestBrowser(app).post(SitePath.revokeToken(row.id!).href, form: [:], headers: APITokens.header(token))
            // then
            #expect(minted.status == .forbidden && revoked.status == .forbidden)
            #expect(!minted.body.string.contains("<code>"))
            #expect(try await APITokenRow.query(on: app.db).filter(\.$revokedAt == nil).count() == 1)
        }
    }
}
