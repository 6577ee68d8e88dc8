import Foundation // Date

/// Where one organisation's return stands in a cycle (issue 13).
public enum SubmissionState: String, Sendable, Codable, CaseIterable {
    case notStarted = "not-started"
    case draftImported = "draft-imported"
    case submitted
    case late
    case published

    /// The name people read on a page.
    public var label: String {
        switch self {
        case .notStarted: "Not started"
        case .draftImported: "Draft imported"
        case .submitted: "Submitted"
        case .late: "Late"
        case .published: "Published"
        }
    }

    /// The state on `today`, applied in order:
    ///
    /// 1. Signed off and published by the region: published (late or not; `isLate` keeps the
    ///    record).
    /// 2. Signed off: late when the first sign-off came after the deadline, else submitted.
    /// 3. Otherwise draft imported when a version exists (including a return reopened for a
    ///    correction), else not started. Past the deadline these are overdue: `isLate` says
    ///    so, while the state still says how far the organisation got.
    public static func of(_ facts: SubmissionFacts, in cycle: ReportingCycle, today: Date) -> SubmissionState {
        if facts.isSignedOff {
            if facts.isPublished { return .published }
            return isLate(facts, in: cycle, today: today) ? .late : .submitted
        }
        return facts.hasReturn ? .draftImported : .notStarted
    }

    /// Whether the organisation is late in the cycle: decided once by the day of its first
    /// sign-off, so a correction after an on-time submission never makes it late and a
    /// correction after a late one never clears the flag; with no sign-off yet, late from the
    /// day after the deadline.
    public static func isLate(_ facts: SubmissionFacts, in cycle: ReportingCycle, today: Date) -> Bool {
        cycle.isAfterDeadline(facts.firstSignedOff ?? today)
    }
}
