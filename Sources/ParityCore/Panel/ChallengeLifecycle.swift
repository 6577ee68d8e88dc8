import Foundation // Date

/// The life cycle of a panel challenge (issue 7): raised → responded (any number of times) →
/// rated, which closes it, or escalated to the regional People Board. Panel-only notes may be
/// added at every stage. Deadlines are whole UTC days, like commitments' (`CalendarDay`).
public enum ChallengeLifecycle {
    /// Days a body has to respond unless the panel sets another date (issue 7: "default 28 days").
    public static let defaultResponseDays = 28

    /// The default due day: the UTC day the challenge was raised plus `defaultResponseDays`,
    /// returned as the start (midnight UTC) of that day. A response is due *by* the due day
    /// inclusive: responding at any time on it is on time (see `isOverdue`).
    public static func defaultDue(raisedAt: Date) -> Date {
        CalendarDay(dayNumber: CalendarDay(raisedAt).dayNumber + defaultResponseDays).start
    }

    /// The challenge's status. Escalation and closing end the life cycle; escalation is read
    /// first, so a record carrying both is shown as escalated, the stronger of the two.
    public static func status(_ f: ChallengeFacts) -> ChallengeStatus {
        if f.escalatedAt != nil { return .escalated }
        if f.closedAt != nil { return .closed }
        if f.respondedAt != nil { return .responded }
        return .open
    }

    /// True when no response has come, the challenge is neither closed nor escalated, and
    /// `now` falls on a UTC day after the due day (the due day itself is still on time).
    public static func isOverdue(_ f: ChallengeFacts, now: Date) -> Bool {
        status(f) == .open && CalendarDay(now) > CalendarDay(f.dueAt)
    }

    /// True when the panel may escalate the challenge now: it has a response (one the panel
    /// is not satisfied with, say) or its response is overdue.
    public static func canEscalate(_ f: ChallengeFacts, now: Date) -> Bool {
        check(.escalate, f, now: now) == nil
    }

    /// Why the challenge's state refuses `action`, or `nil` when it is allowed. Without a
    /// clock an open challenge cannot be shown to be overdue, so escalating one is refused
    /// here; use `check(_:_:now:)` or `canEscalate(_:now:)` to allow an overdue escalation.
    /// Rules: respond while open or responded; rate only when responded; escalate when
    /// responded; after closing or escalation only a note may be added.
    public static func check(_ action: ChallengeAction, _ f: ChallengeFacts) -> ChallengeRuleError? {
        check(action, f, isOverdue: false)
    }

    /// As `check(_:_:)`, but an open challenge whose response is overdue at `now` may also
    /// be escalated.
    public static func check(_ action: ChallengeAction, _ f: ChallengeFacts, now: Date) -> ChallengeRuleError? {
        check(action, f, isOverdue: isOverdue(f, now: now))
    }

    private static func check(_ action: ChallengeAction, _ f: ChallengeFacts, isOverdue: Bool) -> ChallengeRuleError? {
        let status = status(f)
        let refused: String? = switch (action, status) {
        case (.addNote, _): nil
        case (_, .closed): "This challenge is closed, so it cannot be \(done(action))"
        case (_, .escalated): "This challenge has been escalated to the regional People Board, so it cannot be \(done(action))"
        case (.respond, .open), (.respond, .responded): nil
        case (.rate, .responded): nil
        case (.rate, .open): "This challenge has no response yet, so it cannot be rated"
        case (.escalate, .responded): nil
        case (.escalate, .open): isOverdue ? nil : "This challenge has no response yet and its response is not overdue, so it cannot be escalated"
        }
        return refused.map(ChallengeRuleError.init(message:))
    }

    /// The action in the words of "so it cannot be …".
    private static func done(_ action: ChallengeAction) -> String {
        switch action {
        case .respond: "responded to"
        case .rate: "rated"
        case .escalate: "escalated"
        case .addNote: "noted"
        }
    }
}
