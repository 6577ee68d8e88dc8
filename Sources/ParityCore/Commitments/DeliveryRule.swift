import Foundation // Date

/// The rule that rates a commitment's delivery, in one place so that a change of rule is a
/// change of one value, and so pages can say which rule was applied (`ruleDescription`).
/// Applied in order, the first that fits decides (issue 5; the thresholds are project
/// decisions):
///
/// 1. The system declined the recommendation: declined.
/// 2. Declared done: done, target missed when any bound target was judged not met;
///    otherwise complete. A target not yet due, or without data, does not hold completion
///    back: its return may come long after the work is done, and the status does not wait
///    for it (the target's own outcome stays on show beside it).
/// 3. Past its due date and not done: red (overdue, escalated).
/// 4. Not done and any of: due within `amberWindowDays`; no update for `staleUpdateDays`
///    (counted from the last update, or from creation when there is none); declared
///    blocked: amber.
/// 5. Otherwise green.
///
/// Days are whole UTC calendar days, whatever the time of day of each date. The edges:
/// on the due date itself a commitment is not overdue, only from the next day; exactly
/// `amberWindowDays` before the due date is amber (inclusive), one day more is not;
/// exactly `staleUpdateDays` after the last update is amber (inclusive), one day fewer is
/// not.
public struct DeliveryRule: Sendable, Hashable {
    /// Amber from this many days before the due date, up to and including the due date.
    public var amberWindowDays = 30
    /// Amber once this many days or more have passed without an update.
    public var staleUpdateDays = 60

    /// A rule with the given thresholds, in days; the defaults are `standard`.
    public init(amberWindowDays: Int = 30, staleUpdateDays: Int = 60) {
        self.amberWindowDays = amberWindowDays
        self.staleUpdateDays = staleUpdateDays
    }

    /// The project's rule: amber within 30 days of the due date or after 60 days without
    /// an update.
    public static let standard = DeliveryRule()

    /// The delivery status of a commitment on `today`, by the rule above.
    public func status(_ f: DeliveryFacts, today: Date) -> DeliveryStatus {
        if f.response == .decline { return .declined }
        if f.declared == .done {
            return f.targets.contains { $0.outcome == .notMet } ? .doneTargetMissed : .complete
        }
        if daysUntilDue(f, today: today) < 0 { return .red }
        return atRisk(f, today: today).isEmpty ? .green : .amber
    }

    /// Whole days from `today` to the due date: 0 on the due date, negative once past it.
    func daysUntilDue(_ f: DeliveryFacts, today: Date) -> Int {
        CalendarDay.days(from: today, to: f.due)
    }

    /// Whole days from the last update (or creation) to `today`.
    func daysSinceUpdate(_ f: DeliveryFacts, today: Date) -> Int {
        CalendarDay.days(from: f.lastUpdate ?? f.created, to: today)
    }

    /// The amber conditions that hold for a commitment not done and not overdue.
    func atRisk(_ f: DeliveryFacts, today: Date) -> [RiskSign] {
        var signs: [RiskSign] = []
        if f.declared == .blocked { signs.append(.blocked) }
        if daysUntilDue(f, today: today) <= amberWindowDays { signs.append(.dueSoon) }
        if daysSinceUpdate(f, today: today) >= staleUpdateDays { signs.append(.stale) }
        return signs
    }

    enum RiskSign {
        case blocked, dueSoon, stale
    }
}
