import Foundation
import ParityCore
import Testing
import VaporTesting
@testable import ParityServer

/// Personal API tokens for tests, created through the account page as a person would.
enum APITokens {
    static func create(_ app: Application, email: String, password: String = TestAccounts.password) async throws -> String {
        let browser = TestBrowser(app)
        try await browser.signIn(email, password: password)
        let page = try await browser.post("/account/tokens", form: ["name": "test"]).body.string
        return try #require(page.firstMatch(of: /<code>([A-Za-z0-9_-]{43})<\/code>/)?.1).description
    }

    static func header(_ token: String) -> HTTPHeaders {
        ["Authorization": "Bearer \(token)"]
    }
}
