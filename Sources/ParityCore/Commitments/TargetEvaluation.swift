import Foundation // Date

/// Judges measurable targets against WRES reports, so that a target is met or not by the
/// data, never by hand (issue 5).
public enum TargetEvaluation {
    /// The outcome of `target` on `today` from the reports by WRES year:
    ///
    /// - no data when the measure is not one WRES has (a relative likelihood outside
    ///   indicators 2–4, a survey gap outside 5–8);
    /// - not yet due when there is no report for the target's year and `today` is before
    ///   31 March of that year, the date its data is as at (DOMAIN.md), so the return cannot
    ///   exist yet; from 31 March itself a missing report is no data;
    /// - no data when the report has no figure for the measure (a base of 0, missing counts);
    /// - otherwise met or not met by comparing the unrounded figure with the target's value,
    ///   equality meeting the target (DOMAIN.md: compute on unrounded values).
    ///
    /// A report for the year is used even before 31 March: the data decides, not the clock.
    public static func evaluate(_ target: Target, reports: [Int: WRESReport], today: Date) -> TargetResult {
        let measure = target.measure
        let returnName = "the \(target.year) return"
        func result(_ outcome: TargetOutcome, _ actual: Double?, _ why: String) -> TargetResult {
            TargetResult(target: target, outcome: outcome, actual: actual, explanation: "\(outcome.label): \(why).")
        }
        if let undefined = measure.undefinedReason {
            return result(.noData, nil, undefined)
        }
        guard let report = reports[target.year] else {
            let dataDate = CalendarDay(year: target.year, month: 3, day: 31)
            if CalendarDay(today) < dataDate {
                return result(.notYetDue, nil, "\(returnName) holds data as at \(dataDate.text)")
            }
            return result(.noData, nil, "there is no \(target.year) return")
        }
        guard let actual = measure.value(in: report) else {
            return result(.noData, nil, "\(returnName) gives no \(measure.name)")
        }
        let met = target.comparison.holds(actual, against: target.value)
        let shown = measure.distinctText(actual, from: target.value)
        return result(met ? .met : .notMet, actual, "\(shown) in \(returnName), against a target of \(target.comparison.symbol) \(measure.exactText(target.value))")
    }
}
