/// Remembers what each distinct row of an extract added up to. An extract of a million people
/// has only some thousands of distinct rows once its organisation and year are set aside (a
/// few dozen workforce and grade pairs, codes, flags), so after the first of each, a row costs
/// one pass to find its end and hash it, and one comparison with the row remembered.
///
/// Memory is bounded: once `maximumBytes` of rows are kept, new rows are no longer added and
/// are read cell by cell, which is slower but gives the same counts.
final class ExtractLineCache {
    static let maximumBytes = 8 << 20
    private static let maximumEntries = 1 << 18

    private let arena: UnsafeMutablePointer<UInt8>
    @exclusivity(unchecked) private var arenaUsed = 0
    @exclusivity(unchecked) private var slots: [Int32]
    @exclusivity(unchecked) private var slotMask: Int
    @exclusivity(unchecked) private var offsets: [Int32] = []
    @exclusivity(unchecked) private var lengths: [Int32] = []
    @exclusivity(unchecked) private var hashes: [UInt64] = []
    @exclusivity(unchecked) private var outcomes: [ExtractRowOutcome] = []

    init() {
        arena = .allocate(capacity: Self.maximumBytes)
        slots = Array(repeating: -1, count: 1 << 12)
        slotMask = (1 << 12) - 1
    }

    deinit { arena.deallocate() }

    /// The outcome remembered for the bytes `line[0..<length]` with `hash`, if any.
    @inline(__always)
    func outcome(_ line: UnsafePointer<UInt8>, _ length: Int, hash: UInt64) -> ExtractRowOutcome? {
        var slot = Int(truncatingIfNeeded: hash) & slotMask
        while true {
            let entry = Int(slots[slot])
            if entry < 0 { return nil }
            if hashes[entry] == hash, Int(lengths[entry]) == length, Self.equal(arena + Int(offsets[entry]), line, length) {
                return outcomes[entry]
            }
            slot = (slot &+ 1) & slotMask
        }
    }

    /// Remembers `outcome` for the line, unless the cache is full.
    func remember(_ line: UnsafePointer<UInt8>, _ length: Int, hash: UInt64, _ outcome: ExtractRowOutcome) {
        guard arenaUsed + length <= Self.maximumBytes, outcomes.count < Self.maximumEntries else { return }
        (arena + arenaUsed).update(from: line, count: length)
        offsets.append(Int32(arenaUsed))
        lengths.append(Int32(length))
        hashes.append(hash)
        outcomes.append(outcome)
        arenaUsed += length
        if outcomes.count * 2 > slots.count { grow() } else { place(outcomes.count - 1) }
    }

    private func place(_ entry: Int) {
        var slot = Int(truncatingIfNeeded: hashes[entry]) & slotMask
        while slots[slot] >= 0 { slot = (slot + 1) & slotMask }
        slots[slot] = Int32(entry)
    }

    private func grow() {
        slots = Array(repeating: -1, count: slots.count * 2)
        slotMask = slots.count - 1
        for entry in outcomes.indices { place(entry) }
    }

    /// True when the `length` bytes at `kept` and `line` are the same, compared eight at a time.
    @inline(__always)
    static func equal(_ kept: UnsafePointer<UInt8>, _ line: UnsafePointer<UInt8>, _ length: Int) -> Bool {
        var index = 0
        let left = UnsafeRawPointer(kept), right = UnsafeRawPointer(line)
        while index + 8 <= length {
            if left.loadUnaligned(fromByteOffset: index, as: UInt64.self) != right.loadUnaligned(fromByteOffset: index, as: UInt64.self) { return false }
            index += 8
        }
        while index < length {
            if kept[index] != line[index] { return false }
            index += 1
        }
        return true
    }
}
