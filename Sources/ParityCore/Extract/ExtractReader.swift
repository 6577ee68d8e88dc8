/// Reads a pseudonymised, person-level staff-record extract (issue 10) and adds it up into
/// an `ExtractTally`, keeping no person's row. The file is fed in chunks of any size, so
/// memory stays the same whatever the file's size; rows are checked as they are read and
/// the first `ImportLimits.maximumIssues` problems kept, as `FILE:ROW:COLUMN`.
///
/// The reader works on bytes and recognises each cell's few allowed words in place
/// (`ByteTokens`), because the files have millions of rows and the aggregation should cost
/// little more than reading them.
public final class ExtractReader {
    /// The longest row accepted; a longer one means the file is not an extract.
    public static let maximumRowBytes = 64 * 1024

    public let fileName: String
    @exclusivity(unchecked) public private(set) var statistics = ExtractStatistics()
    /// True once a problem stops the reading: a wrong header or an over-long row.
    public private(set) var isStopped = false

    let acceptedYears: ClosedRange<Int>
    let limits: ImportLimits
    var issues: ImportIssueCollector
    var header: ExtractHeader?
    @exclusivity(unchecked) var tally = ExtractTally(coverage: .init(disability: false, capability: false, board: false))
    /// The tally's counters while reading: `ExtractCell.stride` per slot, grown as slots are added.
    @exclusivity(unchecked) private var counters = UnsafeMutablePointer<Int>.allocate(capacity: 0)
    @exclusivity(unchecked) private var counterSlots = 0
    /// Rows read (counting the header, in the first part of a file): the row number of the next problem.
    @exclusivity(unchecked) var row = 0
    let cells: ExtractRowCells
    let values = ExtractValues()
    private let lines = ExtractLineCache()
    /// True when the header puts the organisation and year first, so that remembered rows
    /// leave them out and one row is remembered for every organisation and year.
    private var prefixKeyed = false
    /// The organisation and year prefix of the last row read, and its slot.
    private let lastPrefix = UnsafeMutablePointer<UInt8>.allocate(capacity: ExtractReader.maximumPrefixBytes)
    @exclusivity(unchecked) private var lastPrefixLength = -1
    @exclusivity(unchecked) private var lastSlot = -1
    private static let maximumPrefixBytes = 64
    private var prefixSlots: [[UInt8]: Int] = [:]

    deinit {
        lastPrefix.deallocate()
        counters.deallocate()
    }

    /// A reader of the extract named `fileName`, accepting the years a return may have
    /// (`ReturnValidationContext.acceptedYears`).
    public init(fileName: String, acceptedYears: ClosedRange<Int>, limits: ImportLimits = .standard) {
        self.fileName = fileName
        self.acceptedYears = acceptedYears
        self.limits = limits
        self.issues = ImportIssueCollector(file: fileName, limit: limits.maximumIssues)
        self.cells = ExtractRowCells(capacity: limits.maximumCells, scratchBytes: Self.maximumRowBytes)
    }

    /// Reads the complete rows at the start of `bytes` and returns how many bytes they took.
    /// The caller keeps the rest and passes it again, followed by more of the file; with
    /// `isFinal` the last row needs no line break and everything is read.
    public func read(_ bytes: UnsafeBufferPointer<UInt8>, isFinal: Bool) -> Int {
        guard !isStopped, let base = bytes.baseAddress else { return bytes.count }
        let end = bytes.count
        var position = 0
        while position < end, !isStopped {
            if header != nil, let next = rememberedRow(base, from: position, end: end) {
                position = next
                continue
            }
            guard let next = cells.split(base, from: position, end: end, isFinal: isFinal) else { break }
            row += 1
            let start = position
            position = next
            if let problem = cells.problem {
                issues.add(.malformedQuotes, row: row, problem)
            } else if !cells.isBlankLine {
                if header == nil { readHeader() } else { readRow(base, start: start, next: next) }
            }
        }
        if position == 0, !isFinal, bytes.count >= Self.maximumRowBytes {
            stop(.rowTooLong, row: row + 1, "the row is longer than \(Self.maximumRowBytes / 1024) KiB, so this is not a staff-record extract. Export it again as CSV with one person per row.")
        }
        return isStopped ? bytes.count : position
    }

    /// Adds up the row at `from` when its bytes (after the organisation and year, when the
    /// header puts those first) are those of a valid row seen before, and returns where the
    /// next row starts; `nil` sends the row to be read cell by cell.
    @inline(__always)
    private func rememberedRow(_ base: UnsafePointer<UInt8>, from: Int, end: Int) -> Int? {
        var keyStart = from
        var slot = -1
        if prefixKeyed {
            // The last row's prefix ends at its second comma, so a row starting with the
            // same bytes has the same organisation and year.
            let length = lastPrefixLength
            if length > 0, end - from > length, ExtractLineCache.equal(lastPrefix, base + from, length) {
                keyStart = from &+ length
                slot = lastSlot
            } else {
                guard let prefixEnd = Self.prefixEnd(base, from: from, end: end), let known = prefixSlot(base + from, prefixEnd - from) else { return nil }
                keyStart = prefixEnd
                slot = known
            }
        }
        let (lineFeed, hash) = ExtractLineScan.line(base, from: keyStart, end: end)
        guard let lineFeed, let outcome = lines.outcome(base + keyStart, lineFeed - keyStart, hash: hash) else { return nil }
        row += 1
        apply(outcome, slot: slot >= 0 ? slot : Int(outcome.slot))
        return lineFeed + 1
    }

    /// Where the row's organisation and year cells end (just after the second comma), or `nil`
    /// when a quote or line end comes first.
    @inline(__always)
    private static func prefixEnd(_ base: UnsafePointer<UInt8>, from: Int, end: Int) -> Int? {
        var commas = 0
        var position = from
        while position < end {
            let byte = base[position]
            position &+= 1
            if byte == UInt8(ascii: ",") {
                commas &+= 1
                if commas == 2 { return position }
            } else if byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\"") {
                return nil
            }
        }
        return nil
    }

    /// The slot of an organisation and year prefix already read and checked, if any.
    @inline(__always)
    private func prefixSlot(_ prefix: UnsafePointer<UInt8>, _ length: Int) -> Int? {
        guard let slot = prefixSlots[Array(UnsafeBufferPointer(start: prefix, count: length))] else { return nil }
        setLastPrefix(prefix, length, slot: slot)
        return slot
    }

    private func setLastPrefix(_ prefix: UnsafePointer<UInt8>, _ length: Int, slot: Int) {
        guard length <= Self.maximumPrefixBytes else { return }
        lastPrefix.update(from: prefix, count: length)
        lastPrefixLength = length
        lastSlot = slot
    }

    private func apply(_ outcome: ExtractRowOutcome, slot: Int) {
        statistics.rows += 1
        switch outcome.kind {
        case .bank:
            statistics.bankRows += 1
        case .person:
            let cell = counters + (slot &* ExtractCell.stride &+ Int(outcome.cell))
            cell[0] &+= 1
            if outcome.events & ExtractRowOutcome.disciplinary != 0 { cell[ExtractCell.Event.enteredDisciplinary.rawValue] &+= 1 }
            if outcome.events & ExtractRowOutcome.capability != 0 { cell[ExtractCell.Event.enteredCapability.rawValue] &+= 1 }
            if outcome.events & ExtractRowOutcome.training != 0 { cell[ExtractCell.Event.accessedTraining.rawValue] &+= 1 }
            if outcome.boardCell >= 0 { counters[slot &* ExtractCell.stride &+ Int(outcome.boardCell)] &+= 1 }
            statistics.people += 1
        case .boardOnly:
            counters[slot &* ExtractCell.stride &+ Int(outcome.boardCell)] &+= 1
            statistics.boardOnlyRows += 1
        }
    }

    /// The counts, or every problem found. A file with any problem gives no counts at all.
    public func finish() -> Result<ExtractTally, ImportFailure> {
        Self.finish([self])
    }

    /// The tally with the counters read so far.
    var countedTally: ExtractTally {
        var counted = tally
        counted.setCounts(Array(UnsafeBufferPointer(start: counters, count: tally.slots.count * ExtractCell.stride)))
        return counted
    }

    func stop(_ kind: ImportIssue.Kind, row: Int?, _ message: String) {
        issues.add(kind, row: row, message)
        isStopped = true
    }

    /// The slot of `organisation` and `year`, with room for its counters.
    func slot(organisation: String, year: Int) -> Int {
        let slot = tally.slot(organisation: organisation, year: year, row: row)
        if slot >= counterSlots {
            let grown = UnsafeMutablePointer<Int>.allocate(capacity: max(8, counterSlots * 2) * ExtractCell.stride)
            grown.initialize(repeating: 0, count: max(8, counterSlots * 2) * ExtractCell.stride)
            grown.update(from: counters, count: counterSlots * ExtractCell.stride)
            counters.deallocate()
            counters = grown
            counterSlots = max(8, counterSlots * 2)
        }
        return slot
    }

    private func readHeader() {
        do {
            adopt(try ExtractHeader(cells))
        } catch {
            stop(.wrongHeader, row: row, error.message)
        }
    }

    func adopt(_ header: ExtractHeader) {
        self.header = header
        statistics.ignoredColumns = header.ignored
        tally = ExtractTally(coverage: header.coverage)
        prefixKeyed = header.position(.organisation) == 0 && header.position(.year) == 1
    }

    /// Reads the row split into `cells` (its bytes are `start..<next`), adds it up and, when it
    /// is valid and one plain line, remembers it for `rememberedRow`.
    private func readRow(_ base: UnsafePointer<UInt8>, start: Int, next: Int) {
        guard let header, let (outcome, slot) = check(header) else {
            statistics.rows += 1
            return
        }
        apply(outcome, slot: slot)
        guard next > start, base[next - 1] == UInt8(ascii: "\n"),
              !UnsafeBufferPointer(start: base + start, count: next - start).contains(UInt8(ascii: "\"")) else { return }
        var keyStart = start
        var remembered = outcome
        if prefixKeyed {
            guard let prefixEnd = Self.prefixEnd(base, from: start, end: next) else { return }
            if outcome.kind != .bank {
                prefixSlots[Array(UnsafeBufferPointer(start: base + start, count: prefixEnd - start))] = slot
                setLastPrefix(base + start, prefixEnd - start, slot: slot)
            }
            keyStart = prefixEnd
        } else {
            remembered.slot = Int32(slot)
        }
        let (lineFeed, hash) = ExtractLineScan.line(base, from: keyStart, end: next)
        lines.remember(base + keyStart, lineFeed! - keyStart, hash: hash, remembered)
    }
}
