import ParityCore

/// The lines a person reads after an extract is read: what was counted and what was left out.
struct ExtractSummary {
    let reading: ExtractFile.Reading
    let fileName: String

    var text: String {
        let statistics = reading.statistics
        let grouped = ExtractStatistics.grouped
        var lines = ["Read \(fileName): \(grouped(statistics.rows)) rows, \(grouped(statistics.people)) staff counted, \(grouped(statistics.bankRows)) bank staff left out."]
        if statistics.boardOnlyRows > 0 {
            lines.append("\(statistics.boardOnlyRows) non-executive board members counted on the board only.")
        }
        let tally = reading.tally
        var produced = "WRES indicators \(tally.wresIndicators.sorted().map(String.init).joined(separator: ", "))"
        if !tally.wdesMetrics.isEmpty {
            produced += "; WDES metrics \(tally.wdesMetrics.sorted().map(\.rawValue).joined(separator: ", ")); race × disability for indicators 1, 3 and 4"
        }
        lines.append("Counts for \(produced), for \(Set(tally.returnKeys.map(\.organisation)).count) organisations.")
        if !statistics.ignoredColumns.isEmpty {
            lines.append("Columns not read: \(statistics.ignoredColumns.joined(separator: ", ")).")
        }
        return lines.joined(separator: "\n")
    }
}
