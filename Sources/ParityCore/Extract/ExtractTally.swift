/// The counts an extract adds up to: for each organisation and year, people in post and the
/// events of indicators 3 and 4 (and WDES metric 3) by workforce, grade, ethnicity and
/// disability, and board seats by group. Only these counts are kept; no person's row is.
public struct ExtractTally: Sendable {
    /// Which optional columns the extract had, and so which indicators it can produce.
    public struct Coverage: Sendable, Hashable {
        public var disability: Bool
        public var capability: Bool
        public var board: Bool
    }

    public let coverage: Coverage
    /// The organisation and year of each slot of `counts`, in the order first seen.
    private(set) var slots: [ReturnSlot] = []
    /// `ExtractCell.stride` counters per slot.
    private(set) var counts: [Int] = []
    private var slotIndex: [ReturnSlot: Int] = [:]
    /// The row each organisation first appears on, so that an organisation Parity does not
    /// know can be reported where it is in the file.
    public private(set) var firstRows: [String: Int] = [:]

    struct ReturnSlot: Hashable, Sendable {
        var organisation: String
        var year: Int
    }

    init(coverage: Coverage) {
        self.coverage = coverage
    }

    /// The slot of `organisation` and `year`, added when new; `row` is where the row is.
    mutating func slot(organisation: String, year: Int, row: Int) -> Int {
        let key = ReturnSlot(organisation: organisation, year: year)
        if let index = slotIndex[key] { return index }
        if firstRows[organisation] == nil { firstRows[organisation] = row }
        slots.append(key)
        counts.append(contentsOf: repeatElement(0, count: ExtractCell.stride))
        slotIndex[key] = slots.count - 1
        return slots.count - 1
    }

    /// Sets every counter at once: `ExtractCell.stride` for each slot, in slot order.
    mutating func setCounts(_ values: [Int]) {
        precondition(values.count == counts.count)
        counts = values
    }

    /// Adds the counts of `other`, a tally of a later part of the same file whose rows are
    /// numbered from `rowOffset`.
    mutating func add(_ other: ExtractTally, rowOffset: Int) {
        for (index, key) in other.slots.enumerated() {
            let slot = slot(organisation: key.organisation, year: key.year, row: rowOffset + (other.firstRows[key.organisation] ?? 0))
            for cell in 0..<ExtractCell.stride {
                counts[slot * ExtractCell.stride + cell] += other.counts[index * ExtractCell.stride + cell]
            }
        }
        for (organisation, row) in other.firstRows {
            firstRows[organisation] = min(firstRows[organisation] ?? .max, rowOffset + row)
        }
    }

    func count(slot: Int, cell: Int) -> Int {
        counts[slot * ExtractCell.stride + cell]
    }

    /// The returns the extract produces counts for, in order.
    public var returnKeys: [ReturnKey] {
        slots.flatMap { slot in
            [ReturnKey(organisation: slot.organisation, year: slot.year, standard: .wres)]
                + (coverage.disability ? [ReturnKey(organisation: slot.organisation, year: slot.year, standard: .wdes)] : [])
        }.sorted()
    }

    /// The WRES indicators whose counts the extract replaces: 1, 3 and 4, and 9 with a board column.
    public var wresIndicators: Set<Int> { coverage.board ? [1, 3, 4, 9] : [1, 3, 4] }

    /// The WDES metrics whose counts the extract replaces: none without a disability column;
    /// otherwise metric 1, metric 3 with an `entered_capability` column and 10 with a board column.
    public var wdesMetrics: Set<WDESMetric> {
        guard coverage.disability else { return [] }
        var metrics: Set<WDESMetric> = [.representation]
        if coverage.capability { metrics.insert(.capability) }
        if coverage.board { metrics.insert(.board) }
        return metrics
    }
}
