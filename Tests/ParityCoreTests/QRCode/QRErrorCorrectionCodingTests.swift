import Testing
@testable import ParityCore

@Suite struct QRErrorCorrectionCodingTests {
    /// The degree-7 generator of ISO/IEC 18004 Annex A, α exponents 87, 229, 146, 149, 238,
    /// 102, 21 written as field elements.
    @Test func generatorOfDegreeSeven() {
        #expect(QRReedSolomon.generator(degree: 7) == [127, 122, 154, 164, 11, 68, 117])
    }

    /// "HELLO WORLD" in alphanumeric mode at 1-M (thonky.com QR tutorial, worked example).
    @Test func remainderOfWorkedExample() {
        let data: [UInt8] = [32, 91, 11, 120, 209, 114, 220, 77, 67, 64, 236, 17, 236, 17, 236, 17]
        let ec = QRReedSolomon.remainder(data, generator: QRReedSolomon.generator(degree: 10))
        #expect(ec == [196, 35, 39, 119, 235, 215, 231, 226, 93, 23])
    }

    @Test func dataCodewordsOfByteSegment() {
        // 0100 | 00000010 | 'h' 'i' | 0000 terminator, then pads, in a 1-H symbol (9 codewords).
        let data = QRCodewords.data(Array("hi".utf8), version: 1, capacity: 9)
        #expect(data == [0x40, 0x26, 0x86, 0x90, 0xEC, 0x11, 0xEC, 0x11, 0xEC])
    }

    @Test func terminatorIsShortenedWhenTheSymbolIsFull() {
        // 4 + 8 + 16·8 = 140 bits in 18 codewords leaves room for exactly the 4 terminator bits.
        let bytes = Array(String(repeating: "x", count: 16).utf8)
        let data = QRCodewords.data(bytes, version: 1, capacity: 18)
        #expect(data.count == 18)
        #expect(data.last == 0x80)
    }

    /// Version 10 counts bytes in 16 bits.
    @Test func versionTenUsesSixteenBitCount() {
        let data = QRCodewords.data([0x41], version: 10, capacity: 4)
        #expect(data == [0x40, 0x00, 0x14, 0x10])
    }

    @Test func interleavingTakesBlocksInTurn() {
        // 5-Q: two blocks of 15 then two of 16 data codewords, 18 EC codewords each.
        let layout = QRBlockLayout.of(version: 5, level: .quartile)
        let data = (0..<62).map { UInt8($0) }
        let result = QRCodewords.interleaved(data, layout: layout)
        #expect(result.count == 134)
        #expect(Array(result.prefix(8)) == [0, 15, 30, 46, 1, 16, 31, 47])
        // After data codeword 14 the short blocks are exhausted: only the long blocks' 16th follow.
        #expect(Array(result[56..<62]) == [14, 29, 44, 60, 45, 61])
        let generator = QRReedSolomon.generator(degree: 18)
        let firstEC = [0..<15, 15..<30, 30..<46, 46..<62].map { QRReedSolomon.remainder(Array(data[$0]), generator: generator)[0] }
        #expect(Array(result[62..<66]) == firstEC)
    }

    @Test(arguments: [
        (QRErrorCorrection.medium, 0, 0b101010000010010),
        (.low, 0, 0b111011111000100),
        (.high, 7, 0b000100000111011),
        (.quartile, 5, 0b010000110000011),
    ])
    func formatBits(level: QRErrorCorrection, mask: Int, expected: Int) throws {
        #expect(QRFormat.formatBits(level, mask: try #require(QRMask(rawValue: mask))) == expected)
    }

    /// ISO/IEC 18004 Annex D, Table D.1.
    @Test(arguments: [(7, 0x07C94), (8, 0x085BC), (10, 0x0A4D3)])
    func versionBits(version: Int, expected: Int) {
        #expect(QRFormat.versionBits(version) == expected)
    }
}
