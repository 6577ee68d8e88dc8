import Foundation
import Testing
@testable import ParityCore

@Suite("Disclosed count")
struct DisclosedCountTests {
    @Test(arguments: [
        (DisclosedCount.suppressed, "*"),
        (.value(0), "0"),
        (.value(7), "7"),
        (.value(999), "999"),
        (.value(1_000), "1,000"),
        (.value(12_345), "12,345"),
        (.value(100_000), "100,000"),
        (.value(1_234_567), "1,234,567"),
        (.value(-4_500), "-4,500"),
    ])
    func display(count: DisclosedCount, expected: String) {
        #expect(count.display == expected)
    }

    @Test func valueIsNilOnlyWhenSuppressed() {
        #expect(DisclosedCount.value(12).value == 12)
        #expect(DisclosedCount.suppressed.value == nil)
        #expect(DisclosedCount.suppressed.isSuppressed)
        #expect(!DisclosedCount.value(0).isSuppressed)
    }

    @Test func codableRoundTrip() throws {
        let counts: [DisclosedCount] = [.value(42), .suppressed, .value(0)]
        let decoded = try JSONDecoder().decode([DisclosedCount].self, from: JSONEncoder().encode(counts))
        #expect(decoded == counts)
    }
}
