import Testing
@testable import ParityCore

/// Every mask of our encoder against the independent Python `qrcode` encoder, for texts
/// chosen to cover one block, several blocks, blocks of two lengths, multi-byte UTF-8,
/// version information (≥ 7) and the 16-bit count of version 10.
@Suite struct QRCodeReferenceTests {
    static let cases: [(fixture: String, text: String, level: QRErrorCorrection)] = [
        ("v1-L", "a", .low),
        ("v2-M", "https://example.org", .medium),
        ("v2-H", "hello world", .high),
        ("v4-Q", "Réseau BME ✓ & <staff> network", .quartile),
        ("v5-Q", "https://parity.example.nhs.uk/networks/join/7f3a9c2e41b8", .quartile),
        ("v7-M", "https://parity.example.nhs.uk/networks/join/"
            + String(repeating: "7f3a9c2e-41b8-4d6a-9e0f-2b5c8d1a7e64", count: 2), .medium),
        ("v10-H", "https://parity.example.nhs.uk/n/" + String(repeating: "0123456789abcdef", count: 5), .high),
    ]

    @Test(arguments: cases)
    func everyMaskMatchesReference(fixture: String, text: String, level: QRErrorCorrection) throws {
        // given
        let reference = try QRFixture.load(fixture)
        try #require(reference.masks.count == 8)
        for mask in QRMask.allCases {
            // when
            let code = try QRCode.encode(text, correction: level, mask: mask)
            // then
            try #require(code.size == 17 + 4 * reference.version, "\(fixture) mask \(mask.rawValue)")
            let expected = reference.masks[mask.rawValue]
            try #require(expected.count == code.size && expected.allSatisfy { $0.count == code.size })
            let differing = (0..<code.size).flatMap { y in
                (0..<code.size).filter { x in expected[y][x] != code[x, y] }.map { x in (x, y) }
            }
            #expect(differing.isEmpty, "\(fixture) mask \(mask.rawValue): \(differing.count) modules differ, first at \(differing.first.map { "\($0)" } ?? "")")
        }
    }

    @Test(arguments: cases)
    func chosenMaskIsOneOfTheEightWithLowestPenalty(fixture: String, text: String, level: QRErrorCorrection) throws {
        let chosen = try QRCode.encode(text, correction: level)
        let scores = try QRMask.allCases.map { mask in
            QRPenalty.score(try QRCode.encode(text, correction: level, mask: mask).modules, size: chosen.size)
        }
        let minimum = try #require(scores.min())
        let lowest = try #require(scores.firstIndex(of: minimum))
        #expect(chosen == (try QRCode.encode(text, correction: level, mask: QRMask.allCases[lowest])))
    }
}
