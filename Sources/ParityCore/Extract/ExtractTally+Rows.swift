extension ExtractTally {
    /// The return rows the counts make: for each organisation and year, WRES indicator 1
    /// headcounts (zeros included, since an extract covers the whole workforce), 3, 4 and,
    /// with a board column, 9; with a disability column also the race × disability rows of
    /// indicators 1, 3 and 4 and WDES metrics 1, 3 (with `entered_capability`) and 10.
    /// Medical staff of the `other` grade have no WDES cluster, so metric 1 leaves them out.
    public func rows() -> ExtractRows {
        var rows = ExtractRows()
        for (slot, key) in slots.enumerated().sorted(by: { ($0.element.organisation, $0.element.year) < ($1.element.organisation, $1.element.year) }) {
            let sum = Summer(tally: self, slot: slot)
            rows.wres += wresRows(key, sum)
            if coverage.disability {
                rows.intersection += intersectionRows(key, sum)
                rows.wdes += wdesRows(key, sum)
            }
        }
        return rows
    }

    private func wresRows(_ key: ReturnSlot, _ sum: Summer) -> [ReturnRow] {
        func row(_ indicator: Int, _ measure: Measure, _ group: PopulationGroup, _ count: Int) -> ReturnRow {
            ReturnRow(organisation: key.organisation, year: key.year, standard: .wres, indicator: indicator, measure: measure, group: group, count: count)
        }
        var rows: [ReturnRow] = []
        for (index, (workforce, grade)) in ExtractCell.workforceGrades.enumerated() {
            for (e, group) in ExtractCell.ethnicities.enumerated() {
                rows.append(row(1, .headcount(workforce, grade), group, sum.people(.headcount, grades: [index], ethnicity: e)))
            }
        }
        for (indicator, event, measure) in [(3, ExtractCell.Event.enteredDisciplinary, Measure.enteredDisciplinary), (4, .accessedTraining, .accessedTraining)] {
            for (e, group) in ExtractCell.ethnicities.enumerated() {
                rows.append(row(indicator, measure, group, sum.people(event, ethnicity: e)))
            }
        }
        if coverage.board {
            for (seat, kind) in BoardSeat.allCases.enumerated() {
                for (e, group) in ExtractCell.ethnicities.enumerated() {
                    rows.append(row(9, .board(kind), group, sum.board(seat: seat, ethnicity: e)))
                }
            }
        }
        return rows
    }

    private func intersectionRows(_ key: ReturnSlot, _ sum: Summer) -> [IntersectionReturnRow] {
        var rows: [IntersectionReturnRow] = []
        func add(_ indicator: Int, _ measure: Measure, _ event: ExtractCell.Event, grades: [Int]) {
            for (e, ethnicity) in ExtractCell.ethnicities.enumerated() {
                for (d, disability) in ExtractCell.disabilities.enumerated() {
                    rows.append(IntersectionReturnRow(organisation: key.organisation, year: key.year, indicator: indicator, measure: measure,
                                                      group: IntersectionGroup(ethnicity: ethnicity, disability: disability)!,
                                                      count: sum.people(event, grades: grades, ethnicity: e, disability: d)))
                }
            }
        }
        for (index, (workforce, grade)) in ExtractCell.workforceGrades.enumerated() {
            add(1, .headcount(workforce, grade), .headcount, grades: [index])
        }
        add(3, .enteredDisciplinary, .enteredDisciplinary, grades: Summer.allGrades)
        add(4, .accessedTraining, .accessedTraining, grades: Summer.allGrades)
        return rows
    }

    private func wdesRows(_ key: ReturnSlot, _ sum: Summer) -> [WDESReturnRow] {
        func row(_ metric: WDESMetric, _ measure: WDESMeasure, _ group: PopulationGroup, _ count: Int) -> WDESReturnRow {
            WDESReturnRow(organisation: key.organisation, year: key.year, metric: metric, measure: measure, group: group, count: count)
        }
        var rows: [WDESReturnRow] = []
        for workforce in Workforce.allCases {
            for cluster in WDESCluster.clusters(of: workforce) {
                let grades = ExtractCell.workforceGrades.indices.filter {
                    ExtractCell.workforceGrades[$0].0 == workforce && cluster.grades.contains(ExtractCell.workforceGrades[$0].1)
                }
                for (d, group) in ExtractCell.disabilities.enumerated() {
                    rows.append(row(.representation, .clusterHeadcount(workforce, cluster), group, sum.people(.headcount, grades: grades, disability: d)))
                }
            }
        }
        if coverage.capability {
            for (d, group) in ExtractCell.disabilities.enumerated() {
                rows.append(row(.capability, .enteredCapability, group, sum.people(.enteredCapability, disability: d)))
            }
        }
        if coverage.board {
            for (seat, kind) in BoardSeat.allCases.enumerated() {
                for (d, group) in ExtractCell.disabilities.enumerated() {
                    rows.append(row(.board, .board(kind), group, sum.board(seat: seat, disability: d)))
                }
            }
        }
        return rows
    }
}

/// Adds up one slot's counters over any grades and groups left open.
private struct Summer {
    let tally: ExtractTally
    let slot: Int
    static let allGrades = Array(ExtractCell.workforceGrades.indices)

    func people(_ event: ExtractCell.Event, grades: [Int] = allGrades, ethnicity: Int? = nil, disability: Int? = nil) -> Int {
        var total = 0
        for grade in grades {
            for e in ethnicity.map({ [$0] }) ?? [0, 1, 2] {
                for d in disability.map({ [$0] }) ?? [0, 1, 2] {
                    total += tally.count(slot: slot, cell: ExtractCell.person(workforceGrade: grade, ethnicity: e, disability: d) + event.rawValue)
                }
            }
        }
        return total
    }

    func board(seat: Int, ethnicity: Int? = nil, disability: Int? = nil) -> Int {
        var total = 0
        for e in ethnicity.map({ [$0] }) ?? [0, 1, 2] {
            for d in disability.map({ [$0] }) ?? [0, 1, 2] {
                total += tally.count(slot: slot, cell: ExtractCell.board(seat: seat, ethnicity: e, disability: d))
            }
        }
        return total
    }
}

/// The return rows an extract produces.
public struct ExtractRows: Sendable, Hashable {
    public var wres: [ReturnRow] = []
    public var wdes: [WDESReturnRow] = []
    public var intersection: [IntersectionReturnRow] = []

    public init() {}

    /// The rows as a return file (CRLF line ends), which `ReturnFileParser` reads back. No
    /// cell needs quoting — organisation codes are capital letters and digits (the reader
    /// refuses others) and every other cell is a number or a word of the contract — so the
    /// bytes are written directly: a national extract makes tens of thousands of lines, and
    /// building them as strings took longer than reading a million and a half people.
    public var csv: [UInt8] {
        var writer = ReturnLineWriter(capacity: (wres.count + intersection.count + wdes.count) * 64)
        for row in wres { writer.line(row.organisation, row.year, .wres, String(row.indicator), row.measure.rawValue, row.group.rawValue, row.count) }
        for row in intersection { writer.line(row.organisation, row.year, .wres, String(row.indicator), row.measure.rawValue, row.group.rawValue, row.count) }
        for row in wdes { writer.line(row.organisation, row.year, .wdes, row.metric.rawValue, row.measure.rawValue, row.group.rawValue, row.count) }
        return writer.bytes
    }
}

/// Writes return lines as bytes: cells copied from their UTF-8, numbers written digit by digit.
private struct ReturnLineWriter {
    private(set) var bytes: [UInt8]

    init(capacity: Int) {
        bytes = []
        bytes.reserveCapacity(capacity + 128)
        text(ReturnColumn.headerLine)
        lineEnd()
    }

    mutating func line(_ organisation: String, _ year: Int, _ standard: Standard, _ indicator: String, _ measure: String, _ group: String, _ count: Int) {
        text(organisation)
        comma()
        number(year)
        comma()
        text(standard.rawValue)
        comma()
        text(indicator)
        comma()
        text(measure)
        comma()
        text(group)
        comma()
        number(count)
        lineEnd()
    }

    private mutating func comma() { bytes.append(UInt8(ascii: ",")) }

    private mutating func lineEnd() {
        bytes.append(UInt8(ascii: "\r"))
        bytes.append(UInt8(ascii: "\n"))
    }

    private mutating func text(_ text: String) {
        var text = text
        text.withUTF8 { bytes.append(contentsOf: $0) }
    }

    /// A count or a year: never negative.
    private mutating func number(_ value: Int) {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { digits in
            var remaining = value
            var start = digits.count
            repeat {
                start -= 1
                digits[start] = UInt8(ascii: "0") + UInt8(remaining % 10)
                remaining /= 10
            } while remaining > 0
            bytes.append(contentsOf: digits[start...])
        }
    }
}
