import Foundation // Date

/// What sign-off and a change after sign-off require (issue 13). A named responsible person
/// vouches for a return; one signed off late gives the organisation's reason; changing a
/// signed-off return needs a reason and reopens sign-off.
public enum SignOffRule {
    /// The fields a sign-off form must fill.
    public enum Field: String, Sendable, CaseIterable {
        case name
        case jobTitle = "job-title"
        case lateReason = "late-reason"
    }

    /// Every field a sign-off on `now` leaves blank, with what to enter, in the form's order:
    /// the name and job title of the responsible person, and the reason for lateness when
    /// this sign-off needs one (`needsLateReason`).
    public static func missing(_ facts: SubmissionFacts, in cycle: ReportingCycle, now: Date,
                               name: String, jobTitle: String, lateReason: String?) -> [(field: Field, message: String)] {
        var missing: [(field: Field, message: String)] = []
        if name.isBlank { missing.append((.name, "Enter the name of the person signing off the return.")) }
        if jobTitle.isBlank { missing.append((.jobTitle, "Enter the job title of the person signing off the return.")) }
        if needsLateReason(facts, in: cycle, now: now), lateReason?.isBlank ?? true {
            missing.append((.lateReason, "The deadline was \(CalendarDay(cycle.deadline).text): give the reason the return is late."))
        }
        return missing
    }

    /// Checks a sign-off on `now`, throwing the first reason it cannot be taken: nothing
    /// imported, already signed off, or a field left blank (`missing`).
    public static func check(_ facts: SubmissionFacts, in cycle: ReportingCycle, now: Date,
                             name: String, jobTitle: String, lateReason: String?) throws {
        guard facts.hasReturn else {
            throw ParityError.conflict("There is no \(cycle.name) return to sign off yet: import it first.")
        }
        guard !facts.isSignedOff else {
            throw ParityError.conflict("The \(cycle.name) return is already signed off.")
        }
        if let first = missing(facts, in: cycle, now: now, name: name, jobTitle: jobTitle, lateReason: lateReason).first {
            throw ParityError.invalidInput(first.message)
        }
    }

    /// Whether a sign-off on `now` must carry a reason for lateness: only the first one, and
    /// only after the deadline; a re-sign-off after a correction keeps the first one's record.
    public static func needsLateReason(_ facts: SubmissionFacts, in cycle: ReportingCycle, now: Date) -> Bool {
        facts.firstSignedOff == nil && cycle.isAfterDeadline(now)
    }

    /// Checks a new version of the return (an import), throwing when it would change a
    /// signed-off return without a reason. When it passes, a signed-off return is reopened.
    public static func checkChange(_ facts: SubmissionFacts, in cycle: ReportingCycle, reason: String?) throws {
        if facts.isSignedOff, reason?.isBlank ?? true {
            throw ParityError.invalidInput("The \(cycle.name) return is signed off: give the reason for changing it. Importing the change reopens sign-off.")
        }
    }
}

extension String {
    /// True when the text has nothing but white space.
    var isBlank: Bool { allSatisfy(\.isWhitespace) }
}
