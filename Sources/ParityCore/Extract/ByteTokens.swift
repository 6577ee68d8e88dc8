/// Recognises the few fixed words a cell may hold (`clinical`, `band-8a`, `Y`…) straight from
/// its bytes. The extract reader looks up several cells on each of millions of rows, so it
/// must not build a `String` or hash a whole dictionary key per cell: a small open-addressed
/// table on the word's length and a few of its bytes, then one byte comparison.
struct ByteTokens<Value> {
    private let words: [[UInt8]]
    private let values: [Value]
    private var slots: [Int16]
    private static var slotCount: Int { 256 }

    init(_ pairs: [(String, Value)]) {
        words = pairs.map { Array($0.0.utf8) }
        values = pairs.map(\.1)
        slots = Array(repeating: -1, count: Self.slotCount)
        for (index, word) in words.enumerated() {
            let found = word.withUnsafeBufferPointer { value($0) }
            precondition(found == nil, "duplicate token \(String(decoding: word, as: UTF8.self))")
            var slot = word.withUnsafeBufferPointer(Self.slot)
            while slots[slot] >= 0 { slot = (slot + 1) & (Self.slotCount - 1) }
            slots[slot] = Int16(index)
        }
    }

    /// The value of the word `cell` holds, or `nil` when it holds none of them.
    @inline(__always)
    func value(_ cell: UnsafeBufferPointer<UInt8>) -> Value? {
        var slot = Self.slot(cell)
        while true {
            let index = Int(slots[slot])
            if index < 0 { return nil }
            if Self.equal(words[index], cell) { return values[index] }
            slot = (slot + 1) & (Self.slotCount - 1)
        }
    }

    @inline(__always)
    private static func slot(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        guard let first = bytes.first, let last = bytes.last else { return 0 }
        let middle = bytes[bytes.count / 2]
        let mixed = bytes.count &* 37 &+ Int(first) &* 7 &+ Int(last) &* 131 &+ Int(middle) &* 17
        return mixed & (slotCount - 1)
    }

    @inline(__always)
    private static func equal(_ word: [UInt8], _ cell: UnsafeBufferPointer<UInt8>) -> Bool {
        guard word.count == cell.count else { return false }
        return word.withUnsafeBufferPointer { word in
            for index in 0..<cell.count where word[index] != cell[index] { return false }
            return true
        }
    }
}
