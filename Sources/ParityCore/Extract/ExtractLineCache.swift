/// Remembers what each distinct row of an extract added up to. An extract of a million people
/// has only some thousands of distinct rows once its organisation and year are set aside (a
/// few dozen workforce and grade pairs, codes, flags), so after the first of each, a row costs
/// one pass to find its end and hash it, and one comparison with the row remembered.
///
/// Each remembered row is one 64-byte entry — its hash, length, outcome and first
/// `inlineBytes` bytes — so that a lookup usually touches one cache line; the bytes of longer
/// rows continue in an arena. Memory is bounded: once `maximumEntries` rows or
/// `maximumArenaBytes` are kept, new rows are read cell by cell, which is slower but gives the
/// same counts.
final class ExtractLineCache {
    private static let entryBytes = 64
    private static let inlineBytes = 32
    private static let maximumEntries = 1 << 17
    static let maximumArenaBytes = 4 << 20

    // Entry layout: hash (8) · length (4) · arena offset of bytes past the inline ones (4) ·
    // outcome: kind (1), events (1), padding (2), cell (4), board cell (4), slot (4) · key bytes (32).
    private static let lengthOffset = 8, arenaOffset = 12, kindOffset = 16, eventsOffset = 17
    private static let cellOffset = 20, boardOffset = 24, slotOffset = 28, keyOffset = 32

    @exclusivity(unchecked) private var table: UnsafeMutableRawPointer
    @exclusivity(unchecked) private var mask: Int
    @exclusivity(unchecked) private var count = 0
    private let arena = UnsafeMutablePointer<UInt8>.allocate(capacity: ExtractLineCache.maximumArenaBytes)
    @exclusivity(unchecked) private var arenaUsed = 0

    init() {
        (table, mask) = Self.makeTable(slots: 1 << 12)
    }

    deinit {
        table.deallocate()
        arena.deallocate()
    }

    private static func makeTable(slots: Int) -> (UnsafeMutableRawPointer, Int) {
        let table = UnsafeMutableRawPointer.allocate(byteCount: slots * entryBytes, alignment: entryBytes)
        table.initializeMemory(as: UInt8.self, repeating: 0, count: slots * entryBytes)
        return (table, slots - 1)
    }

    /// The outcome remembered for the bytes `line[0..<length]` with `hash`, if any.
    @inline(__always)
    func outcome(_ line: UnsafePointer<UInt8>, _ length: Int, hash: UInt64) -> ExtractRowOutcome? {
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let entry = table + slot &* Self.entryBytes
            let stored = Int(entry.load(fromByteOffset: Self.lengthOffset, as: UInt32.self))
            if stored == 0 { return nil }
            if entry.load(as: UInt64.self) == hash, stored &- 1 == length, Self.matches(entry, line, length, arena: arena) {
                return ExtractRowOutcome(
                    kind: ExtractRowOutcome.Kind(rawValue: entry.load(fromByteOffset: Self.kindOffset, as: UInt8.self))!,
                    cell: entry.load(fromByteOffset: Self.cellOffset, as: Int32.self),
                    events: entry.load(fromByteOffset: Self.eventsOffset, as: UInt8.self),
                    boardCell: entry.load(fromByteOffset: Self.boardOffset, as: Int32.self),
                    slot: entry.load(fromByteOffset: Self.slotOffset, as: Int32.self)
                )
            }
            slot = (slot &+ 1) & mask
        }
    }

    /// Remembers `outcome` for the line, unless the cache is full.
    func remember(_ line: UnsafePointer<UInt8>, _ length: Int, hash: UInt64, _ outcome: ExtractRowOutcome) {
        let overflow = max(length - Self.inlineBytes, 0)
        guard count < Self.maximumEntries, arenaUsed + overflow <= Self.maximumArenaBytes else { return }
        if (count + 1) * 2 > mask + 1 { grow() }
        var slot = Int(truncatingIfNeeded: hash) & mask
        while (table + slot * Self.entryBytes).load(fromByteOffset: Self.lengthOffset, as: UInt32.self) != 0 { slot = (slot + 1) & mask }
        let entry = table + slot * Self.entryBytes
        entry.storeBytes(of: hash, as: UInt64.self)
        entry.storeBytes(of: UInt32(length + 1), toByteOffset: Self.lengthOffset, as: UInt32.self)
        entry.storeBytes(of: UInt32(arenaUsed), toByteOffset: Self.arenaOffset, as: UInt32.self)
        entry.storeBytes(of: outcome.kind.rawValue, toByteOffset: Self.kindOffset, as: UInt8.self)
        entry.storeBytes(of: outcome.events, toByteOffset: Self.eventsOffset, as: UInt8.self)
        entry.storeBytes(of: outcome.cell, toByteOffset: Self.cellOffset, as: Int32.self)
        entry.storeBytes(of: outcome.boardCell, toByteOffset: Self.boardOffset, as: Int32.self)
        entry.storeBytes(of: outcome.slot, toByteOffset: Self.slotOffset, as: Int32.self)
        (entry + Self.keyOffset).copyMemory(from: line, byteCount: min(length, Self.inlineBytes))
        if overflow > 0 {
            (arena + arenaUsed).update(from: line + Self.inlineBytes, count: overflow)
            arenaUsed += overflow
        }
        count += 1
    }

    private func grow() {
        let (old, oldMask) = (table, mask)
        (table, mask) = Self.makeTable(slots: (mask + 1) * 2)
        for index in 0...oldMask {
            let entry = old + index * Self.entryBytes
            guard entry.load(fromByteOffset: Self.lengthOffset, as: UInt32.self) != 0 else { continue }
            var slot = Int(truncatingIfNeeded: entry.load(as: UInt64.self)) & mask
            while (table + slot * Self.entryBytes).load(fromByteOffset: Self.lengthOffset, as: UInt32.self) != 0 { slot = (slot + 1) & mask }
            (table + slot * Self.entryBytes).copyMemory(from: entry, byteCount: Self.entryBytes)
        }
        old.deallocate()
    }

    /// True when the entry's key is the `length` bytes at `line`: its inline bytes, then the rest in the arena.
    @inline(__always)
    private static func matches(_ entry: UnsafeMutableRawPointer, _ line: UnsafePointer<UInt8>, _ length: Int, arena: UnsafeMutablePointer<UInt8>) -> Bool {
        let key = (entry + keyOffset).assumingMemoryBound(to: UInt8.self)
        guard equal(key, line, min(length, inlineBytes)) else { return false }
        guard length > inlineBytes else { return true }
        let rest = Int(entry.load(fromByteOffset: arenaOffset, as: UInt32.self))
        return equal(arena + rest, line + inlineBytes, length - inlineBytes)
    }

    /// True when the `length` bytes at `kept` and `line` are the same, compared eight at a time.
    @inline(__always)
    static func equal(_ kept: UnsafePointer<UInt8>, _ line: UnsafePointer<UInt8>, _ length: Int) -> Bool {
        var index = 0
        let left = UnsafeRawPointer(kept), right = UnsafeRawPointer(line)
        while index &+ 8 <= length {
            if left.loadUnaligned(fromByteOffset: index, as: UInt64.self) != right.loadUnaligned(fromByteOffset: index, as: UInt64.self) { return false }
            index &+= 8
        }
        while index < length {
            if kept[index] != line[index] { return false }
            index &+= 1
        }
        return true
    }
}
