import Foundation
import Testing
@testable import ParityCore

struct TargetEvaluationTests {
    private static let afterReturn = CommitmentDay.utc(2027, 9, 1)

    /// Figures of the 2027 return (`CommitmentReturns`), compared unrounded; equality meets.
    @Test(arguments: [
        (Target.relativeLikelihood(indicator: 2, atMost: 1.25, year: 2027), TargetOutcome.met, 1.25 as Double?),
        (.relativeLikelihood(indicator: 2, atMost: 1.2499, year: 2027), .notMet, 1.25),
        (.relativeLikelihood(indicator: 4, atMost: 1.25, year: 2027), .notMet, 1.5),
        (.relativeLikelihood(indicator: 4, atMost: 1.5, year: 2027), .met, 1.5),
        (.surveyGap(indicator: 5, atMost: 10, year: 2027), .met, 10),
        (.surveyGap(indicator: 5, atMost: 9.99, year: 2027), .notMet, 10),
        (.surveyGap(indicator: 7, atLeast: -5, year: 2027), .met, -5),
        (.surveyGap(indicator: 7, atLeast: -4.9, year: 2027), .notMet, -5),
        (.seniorShare(atLeast: 20, year: 2027), .met, 20),
        (.seniorShare(atLeast: 20.01, year: 2027), .notMet, 20),
        // 24.5454…% meets 24.5 and misses 24.55 unrounded, though it rounds to 24.55 at 2 places.
        (.workforceShare(atLeast: 24.5, year: 2027), .met, CommitmentReturns.workforceBMEPercent),
        (.workforceShare(atLeast: 24.55, year: 2027), .notMet, CommitmentReturns.workforceBMEPercent),
        (.boardDifference(atLeast: -5, year: 2027), .met, CommitmentReturns.boardDifference),
        (.boardDifference(atLeast: -4.5, year: 2027), .notMet, CommitmentReturns.boardDifference),
        // No figure in the report, or no such figure in WRES.
        (.relativeLikelihood(indicator: 3, atMost: 1.25, year: 2027), .noData, nil),
        (.surveyGap(indicator: 6, atMost: 0, year: 2027), .noData, nil),
        (.relativeLikelihood(indicator: 9, atMost: 1.25, year: 2027), .noData, nil),
        (.surveyGap(indicator: 4, atMost: 0, year: 2027), .noData, nil),
    ])
    func judgedOnTheReport(target: Target, outcome: TargetOutcome, actual: Double?) {
        let result = TargetEvaluation.evaluate(target, reports: CommitmentReturns.reports, today: Self.afterReturn)
        #expect(result.outcome == outcome)
        #expect(result.actual == actual)
        #expect(result.target == target)
    }

    /// Data is as at 31 March: before that day a missing return cannot exist yet; from it,
    /// a missing return is no data. A report that exists is judged whatever the date.
    @Test(arguments: [
        (CommitmentDay.utc(2028, 3, 30, 23, 59), false, TargetOutcome.notYetDue),
        (CommitmentDay.utc(2028, 3, 31), false, .noData),
        (CommitmentDay.utc(2028, 3, 31, 23, 59), false, .noData),
        (CommitmentDay.utc(2030, 1, 1), false, .noData),
        (CommitmentDay.utc(2027, 6, 1), false, .notYetDue),
        (CommitmentDay.utc(2028, 3, 30), true, .met),
        (CommitmentDay.utc(2028, 4, 1), true, .met),
    ])
    func dueByTheDataDate(today: Date, hasReport: Bool, outcome: TargetOutcome) {
        var reports = CommitmentReturns.reports
        if hasReport { reports[2028] = CommitmentReturns.report(year: 2028) }
        let target = Target.relativeLikelihood(indicator: 2, atMost: 1.25, year: 2028)
        #expect(TargetEvaluation.evaluate(target, reports: reports, today: today).outcome == outcome)
    }

    @Test func undefinedMeasureIsNoDataEvenBeforeItsYear() {
        let target = Target.relativeLikelihood(indicator: 1, atMost: 1.25, year: 2030)
        let result = TargetEvaluation.evaluate(target, reports: [:], today: Self.afterReturn)
        #expect(result.outcome == .noData)
        #expect(result.explanation == "No data: WRES indicator 1 has no relative likelihood (only indicators 2–4 do).")
    }

    @Test(arguments: [
        (Target.relativeLikelihood(indicator: 2, atMost: 1.25, year: 2027), afterReturn,
         "Met: 1.25 in the 2027 return, against a target of ≤ 1.25."),
        (.relativeLikelihood(indicator: 4, atMost: 1.25, year: 2027), afterReturn,
         "Not met: 1.50 in the 2027 return, against a target of ≤ 1.25."),
        (.relativeLikelihood(indicator: 2, atMost: 1.2499, year: 2027), afterReturn,
         "Not met: 1.2500 in the 2027 return, against a target of ≤ 1.2499."),
        (.workforceShare(atLeast: 24.55, year: 2027), afterReturn,
         "Not met: 24.545% in the 2027 return, against a target of ≥ 24.55%."),
        (.workforceShare(atLeast: 24.54, year: 2027), afterReturn,
         "Met: 24.55% in the 2027 return, against a target of ≥ 24.54%."),
        (.boardDifference(atLeast: -4.5, year: 2027), afterReturn,
         "Not met: −4.55 points in the 2027 return, against a target of ≥ −4.5 points."),
        (.surveyGap(indicator: 6, atMost: 0, year: 2027), afterReturn,
         "No data: the 2027 return gives no WRES indicator 6 survey gap (BME % − White %)."),
        (.seniorShare(atLeast: 25, year: 2028), CommitmentDay.utc(2028, 1, 1),
         "Not yet due: the 2028 return holds data as at 31 March 2028."),
        (.seniorShare(atLeast: 25, year: 2026), afterReturn,
         "No data: there is no 2026 return."),
    ])
    func explanation(target: Target, today: Date, expected: String) {
        #expect(TargetEvaluation.evaluate(target, reports: CommitmentReturns.reports, today: today).explanation == expected)
    }

    @Test func actualShownPreciselyEnoughToDiffer() {
        let hair = TargetResult(target: .relativeLikelihood(indicator: 2, atMost: 1.25, year: 2027), outcome: .notMet, actual: 1.2501, explanation: "")
        #expect(hair.actualText == "1.2501")
        let equal = TargetResult(target: .relativeLikelihood(indicator: 2, atMost: 1.25, year: 2027), outcome: .met, actual: 1.25, explanation: "")
        #expect(equal.actualText == "1.25")
        let none = TargetResult(target: .seniorShare(atLeast: 20, year: 2027), outcome: .noData, actual: nil, explanation: "")
        #expect(none.actualText == nil)
    }

    @Test func outcomeLabels() {
        #expect([TargetOutcome.met, .notMet, .notYetDue, .noData].map(\.label) == ["Met", "Not met", "Not yet due", "No data"])
        #expect([TargetOutcome.met, .notMet, .notYetDue, .noData].map(\.rawValue) == ["met", "not-met", "not-yet-due", "no-data"])
    }
}
