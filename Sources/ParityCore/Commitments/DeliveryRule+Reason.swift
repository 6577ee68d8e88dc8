import Foundation // Date

extension DeliveryRule {
    /// Why the commitment has the status it has on `today`, in plain English for the page
    /// beside the rating, e.g. "Due 1 March 2027, 12 days ago, and not done." An amber
    /// rating names every condition that holds.
    public func reason(_ f: DeliveryFacts, today: Date) -> String {
        let due = CalendarDay(f.due).text
        let untilDue = daysUntilDue(f, today: today)
        switch status(f, today: today) {
        case .declined:
            return "The system declined this recommendation."
        case .doneTargetMissed:
            let missed = f.targets.filter { $0.outcome == .notMet }
            let list = missed.map { "\($0.target.text) (\($0.actualText ?? "no figure"))" }.joined(separator: "; ")
            return "Declared done, but \(Self.count(missed.count, "target was", "targets were")) not met: \(list)."
        case .complete:
            return "Declared done" + Self.targetsNote(f.targets) + "."
        case .red:
            return "Due \(due), \(Self.days(-untilDue)) ago, and not done."
        case .amber:
            return atRisk(f, today: today).map { sign in
                switch sign {
                case .blocked: "Declared blocked."
                case .dueSoon: untilDue == 0 ? "Due today, \(due), and not done." : "Due \(due), in \(Self.days(untilDue)), and not done."
                case .stale: staleText(f, today: today)
                }
            }.joined(separator: " ")
        case .green:
            let since = daysSinceUpdate(f, today: today)
            let update = f.lastUpdate == nil ? "created" : "last updated"
            return "Due \(due), in \(Self.days(untilDue)); \(update) \(since <= 0 ? "today" : "\(Self.days(since)) ago")."
        }
    }

    /// The rule in plain English, with this rule's thresholds, for pages to print beside
    /// ratings (DOMAIN.md: say in the UI which rule was applied).
    public var ruleDescription: String {
        """
        A recommendation the system declined is Declined. One declared done is Complete, or \
        Done, target missed when any of its measurable targets was not met on the return it \
        is judged on; a target whose return is not yet due, or has no data, does not hold \
        completion back. Otherwise a commitment is Overdue (red, escalated to the region) \
        from the day after its due date; At risk (amber) from \(Self.days(amberWindowDays)) \
        before its due date up to the due date itself, after \(Self.days(staleUpdateDays)) or \
        more without an update (counted from when it was recorded if it has never been \
        updated), or while declared blocked; and On track (green) otherwise. Days are whole \
        calendar days (UTC).
        """
    }

    private func staleText(_ f: DeliveryFacts, today: Date) -> String {
        let since = Self.days(daysSinceUpdate(f, today: today))
        guard let last = f.lastUpdate else {
            return "No update in the \(since) since it was recorded on \(CalendarDay(f.created).text)."
        }
        return "No update for \(since), since \(CalendarDay(last).text)."
    }

    private static func targetsNote(_ targets: [TargetResult]) -> String {
        let parts: [String] = [(TargetOutcome.met, "met"), (.notYetDue, "not yet due"), (.noData, "without data yet")].compactMap { outcome, words in
            let n = targets.filter { $0.outcome == outcome }.count
            return n > 0 ? "\(count(n, "target", "targets")) \(words)" : nil
        }
        return parts.isEmpty ? "" : "; " + parts.joined(separator: ", ")
    }

    private static func days(_ n: Int) -> String { count(n, "day", "days") }

    private static func count(_ n: Int, _ one: String, _ many: String) -> String {
        "\(DisplayFormat.count(n)) \(n == 1 ? one : many)"
    }
}
