import Testing
@testable import ParityCore

/// A generator that returns fixed values, so a code's characters can be worked out by hand.
private struct FixedGenerator: RandomNumberGenerator {
    var values: [UInt64]
    mutating func next() -> UInt64 { values.removeFirst() }
}

struct ReceiptCodeTests {
    @Test func makeUsesSixtyBitsLowestFirst() {
        var zeros = FixedGenerator(values: [0])
        #expect(ReceiptCode.make(using: &zeros) == "0000-0000-0000")
        // Low five bits first: 1, 2, 3 … 12 become "123456789ABC".
        let value = (0..<12).reduce(UInt64(0)) { $0 | (UInt64($1 + 1) << (5 * UInt64($1))) }
        var counting = FixedGenerator(values: [value])
        #expect(ReceiptCode.make(using: &counting) == "1234-5678-9ABC")
        var ones = FixedGenerator(values: [.max])
        #expect(ReceiptCode.make(using: &ones) == "ZZZZ-ZZZZ-ZZZZ")
    }

    @Test func madeCodesAreCanonicalAndDiffer() {
        var rng = SystemRandomNumberGenerator()
        let codes = (0..<200).map { _ in ReceiptCode.make(using: &rng) }
        for code in codes {
            #expect(code.count == 14)
            #expect(ReceiptCode.normalised(code) == code)
            #expect(code.split(separator: "-").map(\.count) == [4, 4, 4])
            #expect(code.allSatisfy { $0 == "-" || ReceiptCode.alphabet.contains($0) })
        }
        #expect(Set(codes).count == codes.count)
    }

    @Test(arguments: [
        ("7K3M-Q9XA-2H4D", "7K3M-Q9XA-2H4D"),
        ("7k3m q9xa 2h4d", "7K3M-Q9XA-2H4D"),
        ("  7K3MQ9XA2H4D\n", "7K3M-Q9XA-2H4D"),
        ("7K3M--Q9XA - 2H4D", "7K3M-Q9XA-2H4D"),
        ("OOOO-IIII-LLLL", "0000-1111-1111"),
        ("oil0-0000-0000", "0110-0000-0000"),
    ])
    func normalises(input: String, expected: String) {
        #expect(ReceiptCode.normalised(input) == expected)
    }

    @Test(arguments: ["", "7K3M-Q9XA-2H4", "7K3M-Q9XA-2H4DD", "7K3M-Q9XA-2H4U", "7K3M_Q9XA_2H4D", "7K3M-Q9XA-2H4!"])
    func rejects(input: String) {
        #expect(ReceiptCode.normalised(input) == nil)
    }
}
