/// Finds the end of a line and hashes its bytes in one pass, eight bytes at a time (the
/// "has a zero byte" word trick finds the line feed without looking at bytes one by one).
enum ExtractLineScan {
    private static let lineFeeds: UInt64 = 0x0A0A_0A0A_0A0A_0A0A
    private static let lows: UInt64 = 0x0101_0101_0101_0101
    private static let highs: UInt64 = 0x8080_8080_8080_8080

    /// The index of the line feed ending the line at `from` (or `nil` when `end` comes first)
    /// and a hash of the bytes before it.
    @inline(__always)
    static func line(_ base: UnsafePointer<UInt8>, from: Int, end: Int) -> (lineFeed: Int?, hash: UInt64) {
        var hash: UInt64 = 0x243F_6A88_85A3_08D3
        var position = from
        let raw = UnsafeRawPointer(base)
        while position &+ 8 <= end {
            let word = raw.loadUnaligned(fromByteOffset: position, as: UInt64.self)
            let marked = word ^ lineFeeds
            let found = (marked &- lows) & ~marked & highs
            if found != 0 {
                let bytes = found.trailingZeroBitCount / 8
                let kept = bytes == 0 ? 0 : word & (UInt64.max >> UInt64(64 - 8 * bytes))
                return (position &+ bytes, mix(hash, kept ^ UInt64(bytes)))
            }
            hash = mix(hash, word)
            position &+= 8
        }
        var tail: UInt64 = 0
        var shift: UInt64 = 0
        while position < end {
            let byte = base[position]
            if byte == 0x0A { return (position, mix(hash, tail ^ (shift / 8))) }
            tail |= UInt64(byte) << shift
            shift &+= 8
            position &+= 1
        }
        return (nil, mix(hash, tail ^ (shift / 8)))
    }

    @inline(__always)
    private static func mix(_ hash: UInt64, _ word: UInt64) -> UInt64 {
        let mixed = (hash ^ word) &* 0x9E37_79B9_7F4A_7C15
        return mixed ^ (mixed >> 29)
    }
}
