import Foundation // Date

/// Judges measurable targets against the returns, so that a target is met or not by the
/// data, never by hand (issue 5).
public enum TargetEvaluation {
    /// The outcome of `target` on `today` from the scope's WRES reports and Model Employer
    /// plans, each keyed by WRES year (a year without returns absent). A WRES measure is read
    /// from `reports`, the Model Employer shortfall from `plans` (`TargetMeasure.readsModelEmployerPlan`):
    ///
    /// - no data when the measure is not one WRES has (a relative likelihood outside
    ///   indicators 2–4, a survey gap outside 5–8);
    /// - not yet due when there is no report (or plan) for the target's year and `today` is
    ///   before 31 March of that year, the date its data is as at (DOMAIN.md), so the return
    ///   cannot exist yet; from 31 March itself a missing one is no data;
    /// - no data when it has no figure for the measure (a base of 0, missing counts);
    /// - otherwise met or not met by comparing the unrounded figure with the target's value,
    ///   equality meeting the target (DOMAIN.md: compute on unrounded values).
    ///
    /// A report for the year is used even before 31 March: the data decides, not the clock.
    /// A pooled figure that leaves organisations out says so after the outcome, as its page
    /// does (DOMAIN.md, pooling with partial returns).
    public static func evaluate(_ target: Target, reports: [Int: WRESReport], plans: [Int: ModelEmployerPlan] = [:], today: Date) -> TargetResult {
        let measure = target.measure
        let returnName = "the \(target.year) return"
        func result(_ outcome: TargetOutcome, _ actual: Double?, _ why: String) -> TargetResult {
            TargetResult(target: target, outcome: outcome, actual: actual, explanation: "\(outcome.label): \(why).")
        }
        if let undefined = measure.undefinedReason {
            return result(.noData, nil, undefined)
        }
        // The figure of the target's year: nil when that year has no report (or plan) at all.
        let figure: Double?? = measure.readsModelEmployerPlan
            ? plans[target.year].map { measure.value(in: $0) }
            : reports[target.year].map { measure.value(in: $0) }
        guard let figure else {
            let dataDate = CalendarDay(year: target.year, month: 3, day: 31)
            if CalendarDay(today) < dataDate {
                return result(.notYetDue, nil, "\(returnName) holds data as at \(dataDate.text)")
            }
            return result(.noData, nil, "there is no \(target.year) return")
        }
        guard let actual = figure else {
            return result(.noData, nil, "\(returnName) gives no \(measure.name)")
        }
        let met = target.comparison.holds(actual, against: target.value)
        let shown = measure.distinctText(actual, from: target.value)
        let judged = result(met ? .met : .notMet, actual, "\(shown) in \(returnName), against a target of \(target.comparison.symbol) \(measure.exactText(target.value))")
        let coverage = measure.indicator.flatMap { reports[target.year]?.coverage[$0] } ?? []
        guard coverage.contains(where: { !$0.leftOut.isEmpty }), let sentence = PoolCoverage.sentence(coverage) else { return judged }
        return TargetResult(target: target, outcome: judged.outcome, actual: actual, explanation: judged.explanation + " " + sentence)
    }
}
