import Testing
@testable import ParityCore

@Suite struct QRCapacityTests {
    /// Byte-mode capacities (L, M, Q, H) copied from ISO/IEC 18004 Table 7.
    static let byteCapacities: [(version: Int, capacities: [Int])] = [
        (1, [17, 14, 11, 7]), (2, [32, 26, 20, 14]), (3, [53, 42, 32, 24]), (4, [78, 62, 46, 34]),
        (5, [106, 84, 60, 44]), (6, [134, 106, 74, 58]), (7, [154, 122, 86, 64]),
        (8, [192, 152, 108, 84]), (9, [230, 180, 130, 98]), (10, [271, 213, 151, 119]),
    ]
    static let levels: [QRErrorCorrection] = [.low, .medium, .quartile, .high]

    @Test(arguments: byteCapacities)
    func byteCapacityMatchesStandard(version: Int, capacities: [Int]) {
        #expect(Self.levels.map { QRVersion.byteCapacity(version, $0) } == capacities)
    }

    /// Total codewords are the data modules left after function patterns, over 8
    /// (ISO/IEC 18004 Table 1), whatever the level.
    @Test(arguments: zip(1...10, [26, 44, 70, 100, 134, 172, 196, 242, 292, 346]))
    func blockLayoutFillsTheSymbol(version: Int, totalCodewords: Int) {
        for level in Self.levels {
            #expect(QRBlockLayout.of(version: version, level: level).totalCodewords == totalCodewords, "\(version) \(level)")
        }
    }

    @Test(arguments: byteCapacities)
    func smallestVersionThatFitsIsChosen(version: Int, capacities: [Int]) throws {
        for (level, capacity) in zip(Self.levels, capacities) {
            let full = try QRCode.encode(String(repeating: "x", count: capacity), correction: level)
            #expect(full.size == 17 + 4 * version, "\(capacity) bytes at \(level)")
            if version < 10 {
                let over = try QRCode.encode(String(repeating: "x", count: capacity + 1), correction: level)
                #expect(over.size == 17 + 4 * (version + 1), "\(capacity + 1) bytes at \(level)")
            }
        }
    }

    @Test func emptyTextIsVersionOne() throws {
        #expect(try QRCode.encode("").size == 21)
    }

    @Test(arguments: [
        (String(repeating: "x", count: 272), QRErrorCorrection.low, 272, 271),
        (String(repeating: "x", count: 214), .medium, 214, 213),
        (String(repeating: "x", count: 152), .quartile, 152, 151),
        (String(repeating: "x", count: 500), .high, 500, 119),
        // 107 characters but 214 UTF-8 bytes: the limit is in bytes.
        (String(repeating: "é", count: 107), .medium, 214, 213),
    ])
    func tooLongReportsBytesAndMaximum(text: String, level: QRErrorCorrection, bytes: Int, maximum: Int) {
        #expect(throws: QRCodeError.tooLong(bytes: bytes, maximum: maximum)) {
            try QRCode.encode(text, correction: level)
        }
    }

    @Test func defaultLevelIsMedium() throws {
        let text = String(repeating: "x", count: 15)
        #expect(try QRCode.encode(text) == (try QRCode.encode(text, correction: .medium)))
        #expect(try QRCode.encode(text).size == 25)
    }
}
