import Foundation // Date

/// A body's agreed path from its BME share today to the share of the population it serves
/// (issue 4: the regional People Board within 6 to 12 months).
public struct RepresentationPlan: Sendable, Hashable {
    public var start: Date
    public var targetDate: Date
    /// The body's BME percentage (0–100) when the plan starts.
    public var startPercent: Double
    /// The BME percentage (0–100) to reach by `targetDate`.
    public var targetPercent: Double

    public init(start: Date, targetDate: Date, startPercent: Double, targetPercent: Double) {
        self.start = start
        self.targetDate = targetDate
        self.startPercent = startPercent
        self.targetPercent = targetPercent
    }

    /// The BME percentage (0–100) the plan expects on `date`: a straight line in time from
    /// `startPercent` at `start` to `targetPercent` at `targetDate`, held at the start value
    /// before and at the target after (project decision, like the Model Employer's linear
    /// interim goals in DOMAIN.md).
    public func expectedPercent(on date: Date) -> Double {
        if date >= targetDate { return targetPercent }
        if date <= start { return startPercent }
        let fraction = date.timeIntervalSince(start) / targetDate.timeIntervalSince(start)
        return startPercent + (targetPercent - startPercent) * fraction
    }

    /// The plan's status on `date` for a body whose BME percentage is `actualPercent`:
    /// not started before `start`; no data without a figure; met at or above the target;
    /// behind when more than `tolerancePoints` below the expected path (edge inclusive: exactly
    /// that far below is on track); otherwise on track.
    public func status(actualPercent: Double?, on date: Date, tolerancePoints: Double) -> PlanStatus {
        guard date >= start else { return .notStarted }
        guard let actualPercent else { return .noData }
        if actualPercent >= targetPercent { return .met }
        return actualPercent < expectedPercent(on: date) - tolerancePoints ? .behind : .onTrack
    }

    /// The strategy's window for the regional People Board to become representative: 6 and
    /// 12 calendar months after `start` (UTC Gregorian; a day past a month's end lands on its
    /// last day).
    public static func regionalBoardDefault(start: Date) -> (earliest: Date, latest: Date) {
        (GovernanceCalendar.adding(months: 6, to: start), GovernanceCalendar.adding(months: 12, to: start))
    }
}
