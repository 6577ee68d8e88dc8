/// What a return leaves out. A new version holds exactly what its file holds, so an indicator
/// the file has no rows for is "not provided" in that version, never zero (issue 19): the
/// person uploading is told before they sign it off.
public enum ReturnCoverage {
    /// The WRES indicators (1–9) without a row in `present`, as text ("1, 3–9"); nil when none.
    public static func missing(wres present: Set<Int>) -> String? {
        let missing = (1...9).filter { !present.contains($0) }
        return missing.isEmpty ? nil : ranges(missing)
    }

    /// The WDES metrics without a row in `present`, as text ("1, 4a-i"); nil when none. Metric
    /// 9b is a narrative, given beside the file rather than in it.
    public static func missing(wdes present: Set<WDESMetric>) -> String? {
        let missing = WDESMetric.allCases.filter { $0 != .voiceAction && !present.contains($0) }
        return missing.isEmpty ? nil : missing.map(\.rawValue).joined(separator: ", ")
    }

    /// Ascending numbers with each run of consecutive ones written first–last: "1, 3–9".
    static func ranges(_ numbers: [Int]) -> String {
        var runs: [ClosedRange<Int>] = []
        for number in numbers {
            if let last = runs.last, last.upperBound + 1 == number { runs[runs.count - 1] = last.lowerBound...number } else { runs.append(number...number) }
        }
        return runs.map { $0.count == 1 ? "\($0.lowerBound)" : "\($0.lowerBound)–\($0.upperBound)" }.joined(separator: ", ")
    }
}
