/// How one version at one error correction level splits its codewords into Reed–Solomon
/// blocks (ISO/IEC 18004 Table 9): `shortBlocks` blocks of `shortBlockData` data codewords,
/// then `longBlocks` blocks of one more, each followed by `ecPerBlock` error correction codewords.
struct QRBlockLayout: Sendable, Hashable {
    let ecPerBlock: Int
    let shortBlocks: Int
    let shortBlockData: Int
    let longBlocks: Int

    init(_ ecPerBlock: Int, _ shortBlocks: Int, _ shortBlockData: Int, _ longBlocks: Int = 0) {
        self.ecPerBlock = ecPerBlock
        self.shortBlocks = shortBlocks
        self.shortBlockData = shortBlockData
        self.longBlocks = longBlocks
    }

    var blockCount: Int { shortBlocks + longBlocks }
    var dataCodewords: Int { shortBlocks * shortBlockData + longBlocks * (shortBlockData + 1) }
    var totalCodewords: Int { dataCodewords + blockCount * ecPerBlock }

    /// The layout for `version` (1–10) at `level`, copied from ISO/IEC 18004 Table 9.
    static func of(version: Int, level: QRErrorCorrection) -> QRBlockLayout {
        let row = table[version - 1]
        switch level {
        case .low: return row.0
        case .medium: return row.1
        case .quartile: return row.2
        case .high: return row.3
        }
    }

    // (L, M, Q, H) per version.
    private static let table: [(QRBlockLayout, QRBlockLayout, QRBlockLayout, QRBlockLayout)] = [
        (.init(7, 1, 19), .init(10, 1, 16), .init(13, 1, 13), .init(17, 1, 9)),
        (.init(10, 1, 34), .init(16, 1, 28), .init(22, 1, 22), .init(28, 1, 16)),
        (.init(15, 1, 55), .init(26, 1, 44), .init(18, 2, 17), .init(22, 2, 13)),
        (.init(20, 1, 80), .init(18, 2, 32), .init(26, 2, 24), .init(16, 4, 9)),
        (.init(26, 1, 108), .init(24, 2, 43), .init(18, 2, 15, 2), .init(22, 2, 11, 2)),
        (.init(18, 2, 68), .init(16, 4, 27), .init(24, 4, 19), .init(28, 4, 15)),
        (.init(20, 2, 78), .init(18, 4, 31), .init(18, 2, 14, 4), .init(26, 4, 13, 1)),
        (.init(24, 2, 97), .init(22, 2, 38, 2), .init(22, 4, 18, 2), .init(26, 4, 14, 2)),
        (.init(30, 2, 116), .init(22, 3, 36, 2), .init(20, 4, 16, 4), .init(24, 4, 12, 4)),
        (.init(18, 2, 68, 2), .init(26, 4, 43, 1), .init(24, 6, 19, 2), .init(28, 6, 15, 2)),
    ]
}
