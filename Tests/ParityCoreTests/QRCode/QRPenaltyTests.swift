import Testing
@testable import ParityCore

/// The four mask penalty rules of ISO/IEC 18004 §7.8.3, on hand-made lines and matrices.
@Suite struct QRPenaltyTests {
    static func line(_ pattern: String) -> [Bool] { pattern.map { $0 == "1" } }

    @Test(arguments: [
        ("11110", 0),
        ("11111", 3),
        ("111111", 4),
        ("111111100000", 8),      // 7 dark (3 + 2), then 5 light (3)
        ("1010101010", 0),
    ])
    func ruleOneRuns(pattern: String, expected: Int) {
        #expect(QRPenalty.runs(Self.line(pattern)) == expected)
    }

    @Test(arguments: [
        (["000", "000", "000"], 12),  // four overlapping 2×2 blocks
        (["010", "101", "010"], 0),
        (["110", "110", "001"], 3),
    ])
    func ruleTwoBlocks(rows: [String], expected: Int) {
        #expect(QRPenalty.blocks(rows.map(Self.line)) == expected)
    }

    @Test(arguments: [
        ("10111010000", 40),
        ("00001011101", 40),
        ("000010111010000", 80),      // light on both sides matches both forms
        ("1011101000", 0),            // only three light modules after
        ("10111011000", 0),
    ])
    func ruleThreeFinderLike(pattern: String, expected: Int) {
        #expect(QRPenalty.finderLike(Self.line(pattern)) == expected)
    }

    @Test(arguments: [
        (10, 20, 0),    // 50 %
        (11, 20, 10),   // 55 %
        (27, 50, 0),    // 54 %: not yet a full 5 %
        (9, 20, 10),    // 45 %
        (20, 20, 100),  // all dark
        (0, 20, 100),   // all light
    ])
    func ruleFourBalance(dark: Int, total: Int, expected: Int) {
        let modules = Array(repeating: true, count: dark) + Array(repeating: false, count: total - dark)
        #expect(QRPenalty.balance(modules) == expected)
    }

    @Test func scoreAddsRowsColumnsAndWholeMatrixRules() {
        // 5×5 all light: each of 10 lines a run of 5 (3), 16 blocks (48), 100 % light (100).
        #expect(QRPenalty.score(Array(repeating: false, count: 25), size: 5) == 30 + 48 + 100)
    }
}
