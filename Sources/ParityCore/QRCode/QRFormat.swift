/// The BCH-protected format and version words (ISO/IEC 18004 §7.9, §7.10).
enum QRFormat {
    /// 15 format bits: level indicator and mask number, BCH(15,5) with generator 0x537,
    /// XORed with 0x5412 so the word is never all zero (Annex C).
    static func formatBits(_ level: QRErrorCorrection, mask: QRMask) -> Int {
        let data = level.formatBits << 3 | mask.rawValue
        return (data << 10 | remainder(data << 10, generator: 0x537, degree: 10)) ^ 0x5412
    }

    /// 18 version bits: 6-bit version, BCH(18,6) with generator 0x1F25 (Annex D).
    static func versionBits(_ version: Int) -> Int {
        version << 12 | remainder(version << 12, generator: 0x1F25, degree: 12)
    }

    /// Remainder of polynomial division over GF(2).
    private static func remainder(_ value: Int, generator: Int, degree: Int) -> Int {
        var value = value
        while value.bitWidth - value.leadingZeroBitCount > degree {
            value ^= generator << (value.bitWidth - value.leadingZeroBitCount - degree - 1)
        }
        return value
    }
}
