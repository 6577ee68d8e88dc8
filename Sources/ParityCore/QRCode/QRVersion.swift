/// Version-dependent facts of a QR symbol, for the versions Parity supports (1–10).
enum QRVersion {
    static let supported = 1...10

    /// Side length in modules (ISO/IEC 18004 §6.3.1).
    static func size(_ version: Int) -> Int { 17 + 4 * version }

    /// Bits of the byte-mode character count indicator (ISO/IEC 18004 Table 3).
    static func countBits(_ version: Int) -> Int { version <= 9 ? 8 : 16 }

    /// The most UTF-8 bytes a byte-mode segment can carry in `version` at `level`:
    /// data bits less the 4-bit mode indicator and the count indicator, in whole bytes.
    static func byteCapacity(_ version: Int, _ level: QRErrorCorrection) -> Int {
        let bits = QRBlockLayout.of(version: version, level: level).dataCodewords * 8
        return min((bits - 4 - countBits(version)) / 8, (1 << countBits(version)) - 1)
    }

    /// Row/column centres of the alignment patterns (ISO/IEC 18004 Annex E, Table E.1).
    static func alignmentCentres(_ version: Int) -> [Int] {
        switch version {
        case 1: []
        case 2...6: [6, 4 * version + 10]
        case 7: [6, 22, 38]
        case 8: [6, 24, 42]
        case 9: [6, 26, 46]
        default: [6, 28, 50]
        }
    }
}
