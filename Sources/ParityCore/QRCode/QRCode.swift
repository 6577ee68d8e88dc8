/// A QR Code symbol (ISO/IEC 18004:2015) holding one byte-mode (UTF-8) segment,
/// versions 1–10. Encoded without Foundation so the core stays free of dependencies.
public struct QRCode: Sendable, Hashable {
    /// Side length in modules, without quiet zone: 21 for version 1 up to 57 for version 10.
    public let size: Int
    /// Row-major module colours, `true` for dark.
    let modules: [Bool]

    /// Whether the module in column `x`, row `y` (both 0-based from the top-left) is dark.
    public subscript(x: Int, y: Int) -> Bool { modules[y * size + x] }

    /// The smallest symbol (version 1–10) that holds `text` as UTF-8 bytes at `correction`,
    /// with the mask of lowest penalty (ISO/IEC 18004 §7.8.3).
    /// Throws `.tooLong` when even version 10 cannot hold the text.
    public static func encode(_ text: String, correction: QRErrorCorrection = .medium) throws(QRCodeError) -> QRCode {
        try encode(text, correction: correction, mask: nil)
    }

    /// As `encode(_:correction:)`, but with `mask` forced when given, so tests can compare
    /// every mask with a reference encoder.
    static func encode(_ text: String, correction: QRErrorCorrection, mask: QRMask?) throws(QRCodeError) -> QRCode {
        let bytes = Array(text.utf8)
        guard let version = QRVersion.supported.first(where: { QRVersion.byteCapacity($0, correction) >= bytes.count }) else {
            throw .tooLong(bytes: bytes.count, maximum: QRVersion.byteCapacity(QRVersion.supported.upperBound, correction))
        }
        let layout = QRBlockLayout.of(version: version, level: correction)
        let data = QRCodewords.data(bytes, version: version, capacity: layout.dataCodewords)
        var unmasked = QRMatrix(version: version)
        unmasked.placeCodewords(QRCodewords.interleaved(data, layout: layout))

        let candidates = mask.map { [$0] } ?? QRMask.allCases
        var best = masked(unmasked, with: candidates[0], correction: correction)
        var bestScore = QRPenalty.score(best.dark, size: best.size)
        // Strictly lower only, so ties keep the lower mask number.
        for candidate in candidates.dropFirst() {
            let symbol = masked(unmasked, with: candidate, correction: correction)
            let score = QRPenalty.score(symbol.dark, size: symbol.size)
            if score < bestScore { (best, bestScore) = (symbol, score) }
        }
        return QRCode(size: best.size, modules: best.dark)
    }

    private static func masked(_ matrix: QRMatrix, with mask: QRMask, correction: QRErrorCorrection) -> QRMatrix {
        var result = matrix
        for y in 0..<matrix.size {
            for x in 0..<matrix.size where !matrix.isReserved(x: x, y: y) && mask.inverts(x: x, y: y) {
                result.toggle(x: x, y: y)
            }
        }
        result.drawFormat(QRFormat.formatBits(correction, mask: mask))
        return result
    }
}
