/// Splits one CSV row (RFC 4180: quoted cells may hold commas, quotes written twice and line
/// breaks) into cells without copying: each cell points into the caller's bytes, or, for a
/// quoted cell with doubled quotes, into a scratch area. A row keeps at most `capacity`
/// cells; the rest are counted only, so a hostile row cannot grow memory.
final class ExtractRowCells {
    private let capacity: Int
    private let starts: UnsafeMutablePointer<UnsafePointer<UInt8>?>
    private let lengths: UnsafeMutablePointer<Int>
    private let scratch: UnsafeMutablePointer<UInt8>
    private let scratchCapacity: Int
    private var scratchUsed = 0
    /// How many cells the last row had.
    private(set) var count = 0
    /// Why the last row could not be split, when its quotes were wrong.
    private(set) var problem: String?
    /// True once any row had a quoted cell, which may hold a line break: a file split into
    /// parts at line breaks is then read again whole (`ExtractReader.part()`).
    private(set) var sawQuotedCell = false

    init(capacity: Int, scratchBytes: Int) {
        self.capacity = capacity
        starts = .allocate(capacity: capacity)
        lengths = .allocate(capacity: capacity)
        scratch = .allocate(capacity: scratchBytes)
        scratchCapacity = scratchBytes
    }

    deinit {
        starts.deallocate()
        lengths.deallocate()
        scratch.deallocate()
    }

    /// The cell at `index` of the last row (empty past its end).
    subscript(index: Int) -> UnsafeBufferPointer<UInt8> {
        index < min(count, capacity) ? UnsafeBufferPointer(start: starts[index], count: lengths[index]) : UnsafeBufferPointer(start: nil, count: 0)
    }

    /// True when the last row was an empty line.
    var isBlankLine: Bool { count == 1 && lengths[0] == 0 }

    private static let comma = UInt8(ascii: ",")
    private static let quote = UInt8(ascii: "\"")
    private static let lineFeed = UInt8(ascii: "\n")
    private static let carriageReturn = UInt8(ascii: "\r")

    /// Splits the row starting at `from` and returns where the next row starts, or `nil` when
    /// the bytes end before the row does and more are to come (`isFinal` false).
    func split(_ base: UnsafePointer<UInt8>, from: Int, end: Int, isFinal: Bool) -> Int? {
        count = 0
        problem = nil
        scratchUsed = 0
        var position = from
        while true {
            if position < end, base[position] == Self.quote {
                guard let next = quotedCell(base, from: position, end: end, isFinal: isFinal) else { return nil }
                position = next
                if problem != nil { return skipLine(base, from: position, end: end, isFinal: isFinal) }
            } else {
                let start = position
                while position < end {
                    let byte = base[position]
                    if byte == Self.comma || byte == Self.lineFeed { break }
                    position &+= 1
                }
                if position == end, !isFinal { return nil }
                var cellEnd = position
                if cellEnd > start, base[cellEnd - 1] == Self.carriageReturn, position == end || base[position] == Self.lineFeed {
                    cellEnd -= 1
                }
                append(base + start, cellEnd - start)
            }
            if position == end { return end }
            let separator = base[position]
            position += 1
            if separator == Self.lineFeed { return position }
        }
    }

    /// Reads a quoted cell from its opening quote; returns where its closing quote's
    /// follower is, or `nil` when the bytes end inside it and more are to come.
    private func quotedCell(_ base: UnsafePointer<UInt8>, from: Int, end: Int, isFinal: Bool) -> Int? {
        sawQuotedCell = true
        var position = from + 1
        let contentStart = position
        var hasDoubledQuote = false
        while true {
            if position == end {
                if !isFinal { return nil }
                problem = "a quoted cell has no closing quote."
                return end
            }
            if base[position] == Self.quote {
                if position + 1 == end, !isFinal { return nil }
                if position + 1 < end, base[position + 1] == Self.quote {
                    hasDoubledQuote = true
                    position += 2
                    continue
                }
                break
            }
            position += 1
        }
        let contentEnd = position
        position += 1
        if position < end, base[position] == Self.carriageReturn {
            if position + 1 == end {
                if !isFinal { return nil }
                position += 1
            } else if base[position + 1] == Self.lineFeed {
                position += 1
            }
        }
        if hasDoubledQuote, scratchUsed + (contentEnd - contentStart) > scratchCapacity {
            problem = "a quoted cell is longer than \(scratchCapacity / 1024) KiB."
            return position
        }
        if hasDoubledQuote {
            let start = scratch + scratchUsed
            var length = 0
            var index = contentStart
            while index < contentEnd {
                start[length] = base[index]
                length += 1
                index += base[index] == Self.quote ? 2 : 1
            }
            scratchUsed += length
            append(UnsafePointer(start), length)
        } else {
            append(base + contentStart, contentEnd - contentStart)
        }
        if position < end, base[position] != Self.comma, base[position] != Self.lineFeed {
            problem = "a quoted cell is followed by other characters before the next comma; put the whole cell in quotes and write a quote inside it twice (\"\")."
        }
        return position
    }

    /// Skips to the start of the next line, after a row whose quotes were wrong.
    private func skipLine(_ base: UnsafePointer<UInt8>, from: Int, end: Int, isFinal: Bool) -> Int? {
        var position = from
        while position < end, base[position] != Self.lineFeed { position += 1 }
        if position == end { return isFinal ? end : nil }
        return position + 1
    }

    @inline(__always)
    private func append(_ start: UnsafePointer<UInt8>, _ length: Int) {
        if count < capacity {
            starts[count] = start
            lengths[count] = length
        }
        count += 1
    }
}
