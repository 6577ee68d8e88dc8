/// How much of a QR code may be damaged and still read back (ISO/IEC 18004 §6.5.1).
public enum QRErrorCorrection: Sendable, Hashable, CaseIterable {
    /// About 7 % of codewords recoverable.
    case low
    /// About 15 % of codewords recoverable; the usual choice for printed links.
    case medium
    /// About 25 % of codewords recoverable.
    case quartile
    /// About 30 % of codewords recoverable.
    case high

    /// The two-bit indicator written into the format information (ISO/IEC 18004 Table 12);
    /// not in level order, which is why it is spelled out.
    var formatBits: Int {
        switch self {
        case .low: 0b01
        case .medium: 0b00
        case .quartile: 0b11
        case .high: 0b10
        }
    }
}
