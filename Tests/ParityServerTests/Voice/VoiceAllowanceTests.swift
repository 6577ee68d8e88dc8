import Foundation
import Testing
import VaporTesting
@testable import ParityServer
import ParityCore

/// The per-link hourly allowance holds when many submissions arrive at once: exactly the
/// limit is taken, never more, and none fails (on PostgreSQL the claims truly overlap).
@Suite struct VoiceAllowanceTests {
    @Test func concurrentClaimsTakeExactlyTheLimit() async throws {
        try await withParity { app in
            let store = VoiceStore(database: app.db)
            let granted = try await withThrowingTaskGroup(of: Bool.self) { group in
                for _ in 0..<45 { group.addTask { try await store.takeAllowance(subject: "voice:test", now: testNow, limit: 30) } }
                return try await group.reduce(0) { $0 + ($1 ? 1 : 0) }
            }
            #expect(granted == 30)
            #expect(try await store.takeAllowance(subject: "voice:test", now: testNow.addingTimeInterval(3_600), limit: 30), "a new hour, a new allowance")
            #expect(try await store.takeAllowance(subject: "voice:other", now: testNow, limit: 30), "each link has its own")
        }
    }

    /// Counters of past hours would date each link's submissions to the hour (issue 19).
    @Test func onlyTheCurrentHoursCountersAreKept() async throws {
        try await withParity { app in
            // given
            try await TestRegion.create(on: app.db)
            let slug = try await VoiceStore(database: app.db).link(system: "S01", now: testNow).slug
            let staff = TestBrowser(app)
            // when experiences are shared through the link in three different hours
            for hour in 0..<3 {
                app.now = { testNow.addingTimeInterval(Double(hour) * 3_600) }
                _ = try await StaffVoiceTests.share(staff, slug: slug)
            }
            // then
            let windows = try await VoiceRateWindowRow.query(on: app.db).all()
            #expect(windows.map(\.windowStart) == [VoiceRateLimit.windowStart(testNow.addingTimeInterval(2 * 3_600))])
            #expect(windows.map(\.count) == [1])
        }
    }
}
