extension PulseResults {
    /// The results of one question for everyone and for each group of each partition (ethnic
    /// groups; disability), in that order, or `nil` unless the survey is `.closed`. Answers not
    /// offered by `kind` are not counted.
    ///
    /// The rule (DOMAIN.md, Disclosure control: "no breakdown with fewer than 10
    /// contributions"; issue 19): every count below `minimum`, 0 included, shows "fewer than
    /// 10", responses and answers alike. The table is a set of sums a reader can subtract:
    /// each group's responses are the sum of its answers, and everyone's count in a column is
    /// taken as the sum of that column over the groups of a partition (people who gave no
    /// group are ignored, as a reader might). While one hidden count of a sum is recoverable
    /// (`VoiceBreakdown`'s test), its smallest shown count is withheld too, or the sum itself
    /// when none is left. A percentage is shown only beside the counts it is made of.
    public static func results(kind: PulseQuestionKind, everyone: [PulseAnswer], partitions: [[[PulseAnswer]]], state: PulseState,
                               minimum: Int = VoiceDisclosure.minimumContributions) -> [PulseQuestionResult]? {
        guard state == .closed else { return nil }
        let counts: [[Int]] = ([everyone] + partitions.flatMap { $0 }).map { answers in
            let counted = answers.filter(kind.options.contains)
            return [counted.count] + kind.options.map { option in counted.filter { $0 == option }.count }
        }
        var cells = counts.map { $0.map { VoiceCount.disclose($0, minimum: minimum) } }
        let equations = sums(counts: counts, partitionSizes: partitions.map(\.count))
        while let sum = equations.first(where: { isRecoverable($0, cells: cells, counts: counts, minimum: minimum) }) {
            let shown = sum.parts.filter { cells[$0.row][$0.column].value != nil }
            let withheld = shown.min { counts[$0.row][$0.column] < counts[$1.row][$1.column] } ?? sum.total
            cells[withheld.row][withheld.column] = .withheld
        }
        return counts.indices.map { row in
            let total = counts[row][0]
            let shownTotal = cells[row][0].value != nil
            func percent(_ columns: [Int]) -> Double? {
                guard shownTotal, columns.allSatisfy({ cells[row][$0].value != nil }) else { return nil }
                return Double(columns.map { counts[row][$0] }.reduce(0, +)) * 100 / Double(total)
            }
            let options = kind.options.enumerated().map { index, option in
                PulseOptionResult(answer: option, count: cells[row][index + 1], percent: percent([index + 1]))
            }
            let favourable = kind.options.indices.filter { kind.favourable.contains(kind.options[$0]) }.map { $0 + 1 }
            return PulseQuestionResult(kind: kind, options: options, responses: cells[row][0], agreePercent: percent(favourable))
        }
    }

    /// A cell of the table: row (0 everyone, then the groups), column (0 responses, then answers).
    private typealias Cell = (row: Int, column: Int)

    /// Every sum a reader can subtract from: each row, and each column over each partition.
    private static func sums(counts: [[Int]], partitionSizes: [Int]) -> [(total: Cell, parts: [Cell])] {
        var sums = counts.indices.map { row in (total: (row, 0), parts: (1..<counts[row].count).map { (row, $0) }) }
        var first = 1
        for size in partitionSizes {
            let rows = first..<(first + size)
            first += size
            sums += counts[0].indices.map { column in (total: (0, column), parts: rows.map { ($0, column) }) }
        }
        return sums
    }

    /// True when `sum` is shown and one of its hidden parts has only one value a reader could
    /// work out from it, taking the shown total as the sum of its parts.
    private static func isRecoverable(_ sum: (total: Cell, parts: [Cell]), cells: [[VoiceCount]], counts: [[Int]], minimum: Int) -> Bool {
        guard cells[sum.total.row][sum.total.column].value != nil else { return false }
        return VoiceCount.hasRecoverablePart(sum.parts.map { cells[$0.row][$0.column] }, sum: counts[sum.total.row][sum.total.column], minimum: minimum)
    }
}
