import Foundation
import Testing
import VaporTesting
@testable import ParityServer

@Suite struct NoStoreTests {
    @Test func everyResponseToASignedInUserAndEveryPasswordFormIsNeverStored() async throws {
        try await withParity { app in
            // given
            try await TestRegion.create(on: app.db)
            try await TestAccounts.create(in: app)
            let admin = TestBrowser(app)
            try await admin.signIn(TestAccounts.admin.0)
            // when
            let responses = [
                ("/audit", try await admin.get("/audit")),
                ("/account", try await admin.get("/account")),
                ("new token", try await admin.post("/account/tokens", form: ["name": "dashboard"])),
                ("/ signed in", try await admin.get("/")),
                ("/sign-in", try await TestBrowser(app).get("/sign-in")),
                ("/password-reset", try await TestBrowser(app).get("/password-reset")),
                ("wrong password", try await TestBrowser(app).signIn(TestAccounts.admin.0, password: "not the password")),
            ]
            // then
            for (name, response) in responses {
                #expect(response.headers[.cacheControl] == ["no-store"], "\(name): \(response.status)")
            }
        }
    }

    @Test func publicPagesKeepTheirCachingHeaders() async throws {
        try await withParity { app in
            try await TestRegion.create(on: app.db)
            for path in ["/", "/css/parity.css"] {
                #expect(!(try await TestBrowser(app).get(path).headers[.cacheControl].contains("no-store")), "\(path)")
            }
        }
    }
}
