import Foundation
import Testing
@testable import ParityCore

struct VoiceRateLimitTests {
    @Test(arguments: [
        (VoiceDay.utc(2026, 3, 12, 14, 59, 59), VoiceDay.utc(2026, 3, 12, 14)),
        (VoiceDay.utc(2026, 3, 12, 15), VoiceDay.utc(2026, 3, 12, 15)),
        (VoiceDay.utc(2026, 3, 12, 15, 0, 1), VoiceDay.utc(2026, 3, 12, 15)),
        (VoiceDay.utc(1969, 12, 31, 23, 30), VoiceDay.utc(1969, 12, 31, 23)),
    ])
    func windowStart(date: Date, start: Date) {
        #expect(VoiceRateLimit.windowStart(date) == start)
    }
}
