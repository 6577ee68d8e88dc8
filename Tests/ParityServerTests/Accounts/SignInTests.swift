import Fluent
import Foundation
import ParityCore
import Testing
import VaporTesting
@testable import ParityServer

@Suite struct SignInTests {
    @Test func signingInStartsARotatedSessionAndSigningOutEndsIt() async throws {
        try await withParity { app in
            // given
            try await TestAccounts.create(in: app)
            let browser = TestBrowser(app)
            // when
            let first = try await browser.signIn(TestAccounts.admin.0)
            let firstCookie = try #require(browser.cookies[SessionMiddleware.cookieName]?.string)
            try await browser.signIn(TestAccounts.admin.0)
            let secondCookie = try #require(browser.cookies[SessionMiddleware.cookieName]?.string)
            // then
            #expect(first.status == .seeOther)
            #expect(first.headers.first(name: .location) == "/account")
            #expect(firstCookie != secondCookie)
            #expect(try await SessionRow.query(on: app.db).count() == 1)
            let cookie = try #require(first.headers.setCookie?[SessionMiddleware.cookieName])
            #expect(cookie.isHTTPOnly && cookie.sameSite == .lax)
            #expect(try await browser.get("/account").body.string.contains(TestAccounts.admin.0))
            try await browser.post("/sign-out", form: [:])
            #expect(try await SessionRow.query(on: app.db).count() == 0)
            #expect(try await browser.get("/account").status == .seeOther)
        }
    }

    @Test func anUnknownEmailAndAWrongPasswordGetTheSameAnswer() async throws {
        try await withParity { app in
            try await TestAccounts.create(in: app)
            let unknown = try await TestBrowser(app).signIn("nobody@test.invalid")
            let wrong = try await TestBrowser(app).signIn(TestAccounts.admin.0, password: "not the password at all")
            #expect(unknown.status == .unauthorized)
            #expect(wrong.status == .unauthorized)
            let message = "Enter a correct email address and password."
            #expect(unknown.body.string.contains(message) && wrong.body.string.contains(message))
        }
    }

    @Test func fiveFailuresLockTheAccountForAWhileWithAClearMessage() async throws {
        try await withParity { app in
            // given
            try await TestAccounts.create(in: app)
            let browser = TestBrowser(app)
            for _ in 1...5 { try await browser.signIn(TestAccounts.admin.0, password: "wrong password again") }
            // when the right password comes next
            let refused = try await browser.signIn(TestAccounts.admin.0)
            // then
            #expect(refused.status == .tooManyRequests)
            #expect(refused.body.string.contains("Too many failed sign-in attempts"))
            #expect(try await SessionRow.query(on: app.db).count() == 0)
        }
    }

    @Test func aSessionEndsAfterBeingIdle() async throws {
        try await withParity { app in
            // given
            try await TestAccounts.create(in: app)
            let browser = TestBrowser(app)
            try await browser.signIn(TestAccounts.admin.0)
            // when 31 minutes pass
            app.now = { testNow.addingTimeInterval(31 * 60) }
            // then
            #expect(try await browser.get("/account").status == .seeOther)
            #expect(try await SessionRow.query(on: app.db).count() == 0)
        }
    }

    @Test func aFormWithoutTheCSRFTokenIsRefusedAndChangesNothing() async throws {
        try await withParity { app in
            try await TestAccounts.create(in: app)
            let browser = TestBrowser(app)
            let missing = try await browser.post("/sign-in", form: ["email": TestAccounts.admin.0, "password": TestAccounts.password], csrf: nil)
            let forged = try await browser.post("/sign-in", form: ["email": TestAccounts.admin.0, "password": TestAccounts.password], csrf: "forged")
            #expect(missing.status == .forbidden)
            #expect(forged.status == .forbidden)
            #expect(missing.body.string.contains("This form has expired"))
            #expect(try await SessionRow.query(on: app.db).count() == 0)
        }
    }

    @Test func onlyLocalPathsAreFollowedAfterSigningIn() {
        #expect(LocalRedirect.path("/returns/upload") == "/returns/upload")
        #expect(LocalRedirect.path("//evil.example") == nil)
        #expect(LocalRedirect.path("https://evil.example") == nil)
        #expect(LocalRedirect.path("/\\evil.example") == nil)
        #expect(LocalRedirect.path("/\r\nSet-Cookie: a=b") == nil)
        #expect(LocalRedirect.path("/account\u{7F}") == nil)
    }

    @Test(arguments: ["/\r\nSet-Cookie: parity_session=attacker", "/x\nLocation: https://evil.example", "/\u{0}", "//evil.example",
                      "/\\evil.example", "https://evil.example", "javascript:alert(1)"])
    func aNextThatIsNotALocalPathGoesToTheUsualPage(next: String) async throws {
        try await withParity { app in
            // given
            try await TestAccounts.create(in: app)
            // when
            let response = try await TestBrowser(app).post("/sign-in", form: ["email": TestAccounts.admin.0, "password": TestAccounts.password, "next": next])
            // then
            #expect(response.status == .seeOther)
            #expect(response.headers[.location] == ["/account"])
            #expect(response.headers.setCookie?[SessionMiddleware.cookieName]?.string != "attacker")
        }
    }

    @Test func parallelWrongPasswordsAreCheckedNoMoreThanTheLimit() async throws {
        try await withParity { app in
            // given
            try await TestAccounts.create(in: app)
            let limit = SignInThrottle.standard.maximumFailuresPerAccount
            // when eight wrong passwords arrive at once
            let statuses = try await withThrowingTaskGroup(of: HTTPStatus.self) { group in
                for number in 1...8 {
                    group.addTask { try await TestBrowser(app).signIn(TestAccounts.admin.0, password: "wrong guess number \(number)").status }
                }
                return try await group.reduce(into: []) { $0.append($1) }
            }
            // then at most the limit were checked; the others were refused unchecked
            #expect(statuses.filter { $0 == .unauthorized }.count <= limit, "\(statuses)")
            #expect(statuses.allSatisfy { [.unauthorized, .tooManyRequests].contains($0) }, "\(statuses)")
        }
    }

    @Test func everyResponseCarriesTheSecurityHeaders() async throws {
        try await withParity { app in
            for path in ["/", "/sign-in", "/organisations/NOPE", "/api/v1/region/wres/2026", "/css/parity.css"] {
                let response = try await TestBrowser(app).get(path)
                let csp = response.headers.first(name: "Content-Security-Policy") ?? ""
                #expect(csp.contains("script-src 'self'") && !csp.contains("unsafe-inline") && csp.contains("frame-ancestors 'none'"), "\(path)")
                #expect(response.headers.first(name: "X-Content-Type-Options") == "nosniff", "\(path)")
                #expect(response.headers.first(name: "Referrer-Policy") == "same-origin", "\(path)")
            }
        }
    }

    @Test func theDemoSignInPageListsAnAccountForEveryRole() async throws {
        try await withParity(demo: true) { app in
            let page = try await TestBrowser(app).get("/sign-in").body.string
            for account in DemoAccounts.all { #expect(page.contains(account.email)) }
            #expect(try await TestBrowser(app).signIn(DemoAccounts.all[0].email, password: DemoAccounts.password).status == .seeOther)
        }
    }

    @Test func aRealRegionNeverListsDemoAccounts() async throws {
        try await withParity { app in
            let page = try await TestBrowser(app).get("/sign-in").body.string
            #expect(!page.contains("Demo accounts"))
        }
    }

    @Test func theDefaultPasswordCostIsAtLeastTwelve() throws {
        #expect(try ParityConfig.fromEnvironment([:]).passwordCost >= 12)
        #expect(throws: ConfigurationError.self) { _ = try ParityConfig.fromEnvironment(["PARITY_PASSWORD_COST": "4"]) }
    }
}
