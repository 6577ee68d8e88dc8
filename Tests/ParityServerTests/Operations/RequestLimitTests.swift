import Foundation
import Testing
import VaporTesting
@testable import ParityServer

/// Each route takes a body up to its own limit and refuses more with a plain message.
@Suite struct RequestLimitTests {
    @Test func anUploadOverTheLimitIsRefusedPlainly() async throws {
        try await withParity(adjust: { $0.maximumUploadBytes = 1024 * 1024 }) { app in
            try await TestRegion.create(on: app.db)
            try await TestAccounts.create(in: app)
            let lead = TestBrowser(app)
            try await lead.signIn(TestAccounts.dataLeadT01.0)
            let big = Array(repeating: UInt8(ascii: "a"), count: 1_200_000)
            let refused = try await lead.upload(big, fileName: "big.csv")
            #expect(refused.status == .payloadTooLarge)
            #expect(refused.body.string.contains("The file is larger than the 1 MB upload limit. Nothing was saved"))
            #expect(try await ReturnVersionRow.query(on: app.db).count() == 0)
        }
    }

    @Test func aFormOverItsLimitIsRefusedAndStaffVoiceHasASmallerOne() async throws {
        try await withParity { app in
            try await TestRegion.create(on: app.db)
            try await TestAccounts.create(in: app)
            let lead = TestBrowser(app)
            try await lead.signIn(TestAccounts.systemLead.0)
            let long = String(repeating: "x", count: BodyLimitMiddleware.formBytes + 1)
            let refused = try await lead.post("/challenges", form: ["text": long])
            #expect(refused.status == .payloadTooLarge)
            #expect(refused.body.string.contains("larger than this form accepts (256 KB)"))
            let voice = try await TestBrowser(app).post("/voice/any-link", form: ["text": String(repeating: "y", count: BodyLimitMiddleware.anonymousFormBytes)], csrf: nil)
            #expect(voice.status == .payloadTooLarge)
        }
    }
}
