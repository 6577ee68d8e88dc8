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

    private let acceptedYears: ClosedRange<Int>
    private var issues: ImportIssueCollector
    private var header: ExtractHeader?
    @exclusivity(unchecked) private var tally = ExtractTally(coverage: .init(disability: false, capability: false, board: false))
    /// Rows read, counting the header: the row number of the next problem.
    @exclusivity(unchecked) private var row = 0
    private let cells: ExtractRowCells
    private let values = ExtractValues()
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

    deinit { lastPrefix.deallocate() }

    /// A reader of the extract named `fileName`, accepting the years a return may have
    /// (`ReturnValidationContext.acceptedYears`).
    public init(fileName: String, acceptedYears: ClosedRange<Int>, limits: ImportLimits = .standard) {
        self.fileName = fileName
        self.acceptedYears = acceptedYears
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
            stop(.rowTooLong, row: row + 1, "row \(row + 1) is longer than \(Self.maximumRowBytes / 1024) KiB, so this is not a staff-record extract. Export it again as CSV with one person per row.")
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
            guard let prefixEnd = Self.prefixEnd(base, from: from, end: end), let known = prefixSlot(base + from, prefixEnd - from) else { return nil }
            keyStart = prefixEnd
            slot = known
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
        if length == lastPrefixLength, ExtractLineCache.equal(lastPrefix, prefix, length) { return lastSlot }
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
            let cell = Int(outcome.cell)
            tally.add(slot: slot, cell: cell)
            if outcome.events & ExtractRowOutcome.disciplinary != 0 { tally.add(slot: slot, cell: cell + ExtractCell.Event.enteredDisciplinary.rawValue) }
            if outcome.events & ExtractRowOutcome.capability != 0 { tally.add(slot: slot, cell: cell + ExtractCell.Event.enteredCapability.rawValue) }
            if outcome.events & ExtractRowOutcome.training != 0 { tally.add(slot: slot, cell: cell + ExtractCell.Event.accessedTraining.rawValue) }
            if outcome.boardCell >= 0 { tally.add(slot: slot, cell: Int(outcome.boardCell)) }
            statistics.people += 1
        case .boardOnly:
            tally.add(slot: slot, cell: Int(outcome.boardCell))
            statistics.boardOnlyRows += 1
        }
    }

    /// The counts, or every problem found. A file with any problem gives no counts at all.
    public func finish() -> Result<ExtractTally, ImportFailure> {
        if header == nil, issues.isEmpty {
            issues.add(.emptyFile, row: nil, "the file is empty. It needs a header row (\(ExtractColumn.headerLine)) and one row per person.")
        } else if issues.isEmpty, statistics.rows == 0 {
            issues.add(.emptyFile, row: nil, "the file has a header but no rows of staff.")
        }
        guard issues.isEmpty else { return .failure(issues.failure) }
        return .success(tally)
    }

    private func stop(_ kind: ImportIssue.Kind, row: Int?, _ message: String) {
        issues.add(kind, row: row, message)
        isStopped = true
    }

    private func readHeader() {
        do {
            let header = try ExtractHeader(cells)
            self.header = header
            statistics.ignoredColumns = header.ignored
            tally = ExtractTally(coverage: header.coverage)
            prefixKeyed = header.position(.organisation) == 0 && header.position(.year) == 1
        } catch {
            stop(.wrongHeader, row: row, error.message)
        }
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

    /// Checks every cell of the row in `cells`; returns what it adds up to and its tally
    /// slot, or `nil` after recording its problems.
    private func check(_ header: ExtractHeader) -> (ExtractRowOutcome, Int)? {
        guard cells.count == header.width else {
            issues.add(.wrongColumnCount, row: row, "row \(row) has \(cells.count) cells, but the header has \(header.width). Check for a missing or extra comma.")
            return nil
        }
        var valid = true
        func invalid(_ column: ExtractColumn, _ message: @autoclosure () -> String, kind: ImportIssue.Kind = .invalidExtractValue) {
            issues.add(kind, row: row, column: column.rawValue, message())
            valid = false
        }
        let bankCell = cells[header.position(.bank)]
        guard let bank = values.flag.value(bankCell) else {
            invalid(.bank, "bank is \(Self.shown(bankCell)), not Y or N.")
            return nil
        }
        if bank { return (ExtractRowOutcome(kind: .bank), -1) }
        let organisationCell = cells[header.position(.organisation)]
        if !Self.isOrganisationCode(organisationCell) {
            invalid(.organisation, "organisation is \(Self.shown(organisationCell)); it should be the organisation's code (capital letters and digits, up to 12).", kind: .unknownOrganisation)
        }
        let yearCell = cells[header.position(.year)]
        let year = Self.wholeNumber(yearCell)
        if year == nil {
            invalid(.year, "year is \(Self.shown(yearCell)), not a year such as \(acceptedYears.upperBound - 1).", kind: .invalidYear)
        } else if let year, !acceptedYears.contains(year) {
            invalid(.year, "year \(year) is outside \(acceptedYears.lowerBound)–\(acceptedYears.upperBound).", kind: .yearOutOfRange)
        }
        let boardCell = header.coverage.board ? cells[header.position(.board)] : UnsafeBufferPointer(start: nil, count: 0)
        let seatCell = values.seat.value(boardCell)
        if seatCell == nil {
            invalid(.board, "board is \(Self.shown(boardCell)); leave it blank, or use one of \(BoardSeat.allCases.map(\.rawValue).joined(separator: ", ")).")
        }
        let seat = seatCell.flatMap { $0 }
        let workforceCell = cells[header.position(.workforce)]
        let gradeCell = cells[header.position(.grade)]
        let boardOnly = workforceCell.isEmpty && gradeCell.isEmpty && seat.map { !$0.isExecutive } == true
        var workforceGrade = -1
        if !boardOnly {
            if let workforce = values.workforce.value(workforceCell) {
                if let grade = values.grade.value(gradeCell) {
                    workforceGrade = values.workforceGradeIndex(workforce, grade)
                    if workforceGrade < 0 {
                        invalid(.grade, "grade \(Self.shown(gradeCell)) is not a grade of the \(workforce.rawValue) workforce.")
                    }
                } else {
                    invalid(.grade, "grade is \(Self.shown(gradeCell)); use a grade of the return format, such as band-5, band-8a, vsm or consultant.")
                }
            } else {
                invalid(.workforce, "workforce is \(Self.shown(workforceCell)); use non-clinical, clinical or medical.")
            }
        }
        let ethnicityCell = cells[header.position(.ethnicCategory)]
        let ethnicity = values.ethnicity(ethnicityCell)
        if ethnicity < 0 {
            invalid(.ethnicCategory, "ethnic_category is \(Self.shown(ethnicityCell)), not an ESR ethnic category code such as A, CA, LH or Z (blank when not known).")
        }
        var disability = 2
        if header.coverage.disability {
            let disabilityCell = cells[header.position(.disability)]
            if let declared = values.flag.value(disabilityCell) {
                disability = declared ? 0 : 1
            } else if !disabilityCell.isEmpty {
                invalid(.disability, "disability is \(Self.shown(disabilityCell)); use Y, N, or blank when not declared.")
            }
        }
        var events: UInt8 = 0
        for (column, event) in [(ExtractColumn.enteredDisciplinary, ExtractRowOutcome.disciplinary), (.accessedTraining, ExtractRowOutcome.training), (.enteredCapability, ExtractRowOutcome.capability)]
        where column != .enteredCapability || header.coverage.capability {
            let cell = cells[header.position(column)]
            if let flag = values.flag.value(cell) {
                if flag { events |= event }
            } else {
                invalid(column, "\(column.rawValue) is \(Self.shown(cell)), not Y or N.")
            }
        }
        guard valid, let year else { return nil }
        var outcome = ExtractRowOutcome(kind: boardOnly ? .boardOnly : .person)
        if !boardOnly {
            outcome.cell = Int32(ExtractCell.person(workforceGrade: workforceGrade, ethnicity: ethnicity, disability: disability))
            outcome.events = events
        }
        if let seat {
            outcome.boardCell = Int32(ExtractCell.board(seat: values.seatIndex(seat), ethnicity: ethnicity, disability: disability))
        }
        let organisation = String(decoding: organisationCell, as: UTF8.self)
        return (outcome, tally.slot(organisation: organisation, year: year, row: row))
    }

    private static func isOrganisationCode(_ cell: UnsafeBufferPointer<UInt8>) -> Bool {
        (1...12).contains(cell.count) && cell.allSatisfy {
            (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains($0) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0)
        }
    }

    private static func wholeNumber(_ cell: UnsafeBufferPointer<UInt8>) -> Int? {
        guard (1...4).contains(cell.count) else { return nil }
        var value = 0
        for byte in cell {
            guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
            value = value * 10 + Int(byte - UInt8(ascii: "0"))
        }
        return value
    }

    /// A cell's text as a message shows it: quoted and shortened, invisible characters escaped.
    static func shown(_ cell: UnsafeBufferPointer<UInt8>) -> String {
        ImportText.found(String(decoding: cell, as: UTF8.self))
    }
}
