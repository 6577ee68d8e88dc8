/// A symbol under construction: module colours plus which modules belong to function
/// patterns, so data placement and masking skip them.
struct QRMatrix: Sendable {
    let size: Int
    private(set) var dark: [Bool]
    private(set) var reserved: [Bool]

    /// An empty symbol of `version` with every function pattern drawn and the format and
    /// version areas reserved (ISO/IEC 18004 §6.3).
    init(version: Int) {
        size = QRVersion.size(version)
        dark = Array(repeating: false, count: size * size)
        reserved = Array(repeating: false, count: size * size)
        drawTiming()
        drawFinder(centreX: 3, centreY: 3)
        drawFinder(centreX: size - 4, centreY: 3)
        drawFinder(centreX: 3, centreY: size - 4)
        drawAlignments(QRVersion.alignmentCentres(version))
        // Format bits depend on the mask; writing zeros now reserves their modules.
        drawFormat(0)
        if version >= 7 { drawVersion(version) }
    }

    subscript(x: Int, y: Int) -> Bool { dark[y * size + x] }

    func isReserved(x: Int, y: Int) -> Bool { reserved[y * size + x] }

    mutating func set(x: Int, y: Int, _ isDark: Bool) {
        dark[y * size + x] = isDark
        reserved[y * size + x] = true
    }

    mutating func toggle(x: Int, y: Int) { dark[y * size + x].toggle() }

    mutating func place(x: Int, y: Int, _ isDark: Bool) { dark[y * size + x] = isDark }

    private mutating func drawTiming() {
        for index in 0..<size {
            set(x: 6, y: index, index % 2 == 0)
            set(x: index, y: 6, index % 2 == 0)
        }
    }

    /// A 7×7 finder with its one-module light separator, clipped at the symbol edge.
    private mutating func drawFinder(centreX: Int, centreY: Int) {
        for dy in -4...4 {
            for dx in -4...4 {
                let x = centreX + dx, y = centreY + dy
                guard (0..<size).contains(x), (0..<size).contains(y) else { continue }
                let ring = max(abs(dx), abs(dy))
                set(x: x, y: y, ring != 2 && ring != 4)
            }
        }
    }

    /// 5×5 alignment patterns at every pair of centres except the three finder corners.
    private mutating func drawAlignments(_ centres: [Int]) {
        guard let last = centres.last else { return }
        for cy in centres {
            for cx in centres {
                let atFinder = (cx == 6 && cy == 6) || (cx == 6 && cy == last) || (cx == last && cy == 6)
                if atFinder { continue }
                for dy in -2...2 {
                    for dx in -2...2 {
                        set(x: cx + dx, y: cy + dy, max(abs(dx), abs(dy)) != 1)
                    }
                }
            }
        }
    }

    /// Writes the 15 format bits, bit 0 least significant, in both copies, plus the
    /// always-dark module at (8, size − 8) (ISO/IEC 18004 §7.9.1, Figure 25).
    mutating func drawFormat(_ bits: Int) {
        func bit(_ index: Int) -> Bool { (bits >> index) & 1 == 1 }
        for index in 0...5 { set(x: 8, y: index, bit(index)) }
        set(x: 8, y: 7, bit(6))
        set(x: 8, y: 8, bit(7))
        set(x: 7, y: 8, bit(8))
        for index in 9..<15 { set(x: 14 - index, y: 8, bit(index)) }
        for index in 0..<8 { set(x: size - 1 - index, y: 8, bit(index)) }
        for index in 8..<15 { set(x: 8, y: size - 15 + index, bit(index)) }
        set(x: 8, y: size - 8, true)
    }

    /// The 18-bit version information, both copies (ISO/IEC 18004 §7.10, Annex D).
    private mutating func drawVersion(_ version: Int) {
        let bits = QRFormat.versionBits(version)
        for index in 0..<18 {
            let isDark = (bits >> index) & 1 == 1
            let a = size - 11 + index % 3, b = index / 3
            set(x: a, y: b, isDark)
            set(x: b, y: a, isDark)
        }
    }

    /// Writes `codewords` most significant bit first in the two-column zigzag from the
    /// bottom-right corner, skipping the vertical timing column (ISO/IEC 18004 §7.7.3).
    /// Modules left over after the last codeword are the remainder bits and stay light.
    mutating func placeCodewords(_ codewords: [UInt8]) {
        var bitIndex = 0
        let totalBits = codewords.count * 8
        var right = size - 1
        while right >= 1 {
            if right == 6 { right = 5 }
            let upward = ((right + 1) & 2) == 0
            for step in 0..<size {
                let y = upward ? size - 1 - step : step
                for x in [right, right - 1] where !isReserved(x: x, y: y) {
                    if bitIndex < totalBits {
                        place(x: x, y: y, (codewords[bitIndex >> 3] >> (7 - (bitIndex & 7))) & 1 == 1)
                        bitIndex += 1
                    }
                }
            }
            right -= 2
        }
    }
}
