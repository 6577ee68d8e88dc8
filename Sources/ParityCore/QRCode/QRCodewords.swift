/// Turns text into the final interleaved codeword sequence of a symbol.
enum QRCodewords {
    /// The data codewords of one byte-mode segment for `bytes` (ISO/IEC 18004 §7.4):
    /// mode 0100, count, data, up to four terminator zeros, zero bits to a byte boundary,
    /// then the pad bytes 0xEC 0x11 alternately until `capacity` codewords.
    static func data(_ bytes: [UInt8], version: Int, capacity: Int) -> [UInt8] {
        var bits: [Bool] = []
        func append(_ value: Int, _ length: Int) {
            for shift in stride(from: length - 1, through: 0, by: -1) {
                bits.append((value >> shift) & 1 == 1)
            }
        }
        append(0b0100, 4)
        append(bytes.count, QRVersion.countBits(version))
        for byte in bytes { append(Int(byte), 8) }
        append(0, min(4, capacity * 8 - bits.count))
        append(0, (8 - bits.count % 8) % 8)

        var codewords = stride(from: 0, to: bits.count, by: 8).map { start in
            bits[start..<start + 8].reduce(UInt8(0)) { $0 << 1 | ($1 ? 1 : 0) }
        }
        var pad: UInt8 = 0xEC
        while codewords.count < capacity {
            codewords.append(pad)
            pad ^= 0xEC ^ 0x11
        }
        return codewords
    }

    /// Splits `data` into the blocks of `layout`, appends each block's error correction and
    /// interleaves them: data codeword i of every block in turn, then EC codeword i
    /// (ISO/IEC 18004 §7.6).
    static func interleaved(_ data: [UInt8], layout: QRBlockLayout) -> [UInt8] {
        let generator = QRReedSolomon.generator(degree: layout.ecPerBlock)
        var blocks: [[UInt8]] = []
        var corrections: [[UInt8]] = []
        var start = 0
        for block in 0..<layout.blockCount {
            let length = layout.shortBlockData + (block < layout.shortBlocks ? 0 : 1)
            let slice = Array(data[start..<start + length])
            blocks.append(slice)
            corrections.append(QRReedSolomon.remainder(slice, generator: generator))
            start += length
        }
        var result: [UInt8] = []
        result.reserveCapacity(layout.totalCodewords)
        for index in 0...layout.shortBlockData {
            for block in blocks where index < block.count { result.append(block[index]) }
        }
        for index in 0..<layout.ecPerBlock {
            for correction in corrections { result.append(correction[index]) }
        }
        return result
    }
}
