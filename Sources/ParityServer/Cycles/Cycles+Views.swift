import Foundation
import ParityCore

/// A cycle as pages show it, with how many organisations stand where.
struct CycleView: Encodable {
    var name: String
    var standard: String
    var year: Int
    var href: String
    var snapshot: String
    var deadline: String
    var publication: String
    /// "12 days left", "Closed 14 days ago".
    var deadlineNote: String
    var organisations: Int
    var signedOff: Int
    var late: Int
    var published: Int

    init(_ row: ReportingCycleRow, today: Date, tracked: [TrackedSubmission]) {
        let cycle = row.cycle
        name = cycle.name
        standard = row.standard
        year = row.year
        href = "/cycles/\(row.standard)/\(row.year)"
        snapshot = DisplayDate.date(cycle.snapshot)
        deadline = DisplayDate.date(cycle.deadline)
        publication = DisplayDate.date(cycle.publication)
        let days = cycle.daysToDeadline(today: today)
        deadlineNote = days > 0 ? "\(days) day\(days == 1 ? "" : "s") left" : days == 0 ? "Due today" : "Passed \(-days) day\(days == -1 ? "" : "s") ago"
        organisations = tracked.count
        signedOff = tracked.filter(\.facts.isSignedOff).count
        late = tracked.filter(\.isLate).count
        published = tracked.filter { $0.state == .published }.count
    }
}

/// One organisation's row in the tracker.
struct TrackerRowView: Encodable {
    var code: String
    var name: String
    var system: String
    var href: String
    var state: String
    var stateValue: String
    var summary: String
    var isLate: Bool
    var tagClass: String
    /// "Overdue" beside a state that is not yet a submission once the deadline has passed.
    var overdue: Bool
    var version: String
    var signedOffBy: String?
    var lateReason: String?

    init(_ tracked: TrackedSubmission, cycle: ReportingCycle, showsReason: Bool) {
        code = tracked.organisation.code
        name = tracked.organisation.name
        system = tracked.systemName
        href = "/cycles/\(cycle.standard.rawValue)/\(cycle.year)/\(tracked.organisation.code)"
        state = tracked.state.label
        stateValue = tracked.state.rawValue
        summary = tracked.summary
        isLate = tracked.isLate
        tagClass = switch tracked.state {
        case .published, .submitted: "p-tag--green"
        case .late: "p-tag--red"
        case .notStarted, .draftImported: "p-tag--grey"
        }
        overdue = tracked.isLate && !tracked.facts.isSignedOff
        version = tracked.latestVersion.map { "\($0)" } ?? "–"
        signedOffBy = tracked.signedOffBy.map { "\($0), \(tracked.signedOffTitle ?? "")" }
        lateReason = showsReason ? tracked.lateReason : nil
    }
}

struct CountView: Encodable {
    var label: String
    var count: Int
}

struct CyclesPage: Encodable {
    var chrome: PageChrome
    var cycles: [CycleView]
    var canManage: Bool
    var form: CycleForm
    var errors: [FieldErrorView]
    var standards: [OptionView]
}

struct TrackerPage: Encodable {
    var chrome: PageChrome
    var cycle: CycleView
    var systems: [OptionView]
    var states: [OptionView]
    var counts: [CountView]
    var lateCount: Int
    var rows: [TrackerRowView]
    var total: Int
    var filtered: Bool
    var csvHref: String
    var apiHref: String
    var canManage: Bool
    var publicationOpen: Bool
    var readyToPublish: Int
    var form: CycleForm
    /// The dates form's partial is shared with `/cycles`, which reports its errors there.
    var errors: [FieldErrorView] = []

    static func stateOptions(chosen: String?) -> [OptionView] {
        [OptionView(value: "", label: "Every state", selected: (chosen ?? "").isEmpty),
         OptionView(value: "late-or-overdue", label: "Late or overdue", selected: chosen == "late-or-overdue"),
         OptionView(value: "not-submitted", label: "Not signed off", selected: chosen == "not-submitted")]
            + SubmissionState.allCases.map { OptionView(value: $0.rawValue, label: $0.label, selected: chosen == $0.rawValue) }
    }
}

struct SubmissionEventView: Encodable {
    var kind: String
    var at: String
    var version: Int
    var text: String
    var actor: String

    /// - Parameter showsReasons: whether the reader may see the reasons for a correction and
    ///   the region's decisions on it, which may speak of figures not yet public (issue 20).
    init(_ row: SubmissionEventRow, showsReasons: Bool) {
        let kind = SubmissionEventKind(rawValue: row.kind)
        self.kind = kind?.label ?? row.kind
        at = DisplayDate.dateTime(row.at)
        version = row.returnVersion
        text = showsReasons || kind == .signedOff || kind == .published ? row.text : "The reason is shown to the organisation and the region."
        actor = row.actor
    }
}

/// A data-quality warning, with the signer's reason for letting it stand when the form asks one.
struct WarningView: Encodable {
    var subject: String
    var message: String
    /// The reason's field: its id, and its name in the form.
    var field: String
    var name: String
    var reason: String?
    var error: String?

    static func field(_ index: Int) -> String { "acknowledgement-\(index)" }

    static func views(_ warnings: [DataQualityWarning], form: SignOffForm, errors: [FieldErrorView]) -> [WarningView] {
        warnings.enumerated().map { index, warning in
            WarningView(subject: warning.subject, message: warning.message, field: field(index), name: "acknowledgements[\(index)]",
                        reason: form.reason(index), error: errors.first { $0.field == field(index) }?.message)
        }
    }
}

struct SubmissionPage: Encodable {
    var chrome: PageChrome
    var organisation: String
    var code: String
    var cycle: CycleView
    var tracked: TrackerRowView
    var events: [SubmissionEventView]
    var warnings: [WarningView]
    var showsWarnings: Bool
    /// The reasons given at sign-off for the signed-off version's warnings.
    var acknowledgements: [AcknowledgementView]
    var acknowledgedVersion: Int
    /// A revision of the published return waiting for the region (issue 20).
    var review: RevisionReviewView?
    var canSignOff: Bool
    var needsLateReason: Bool
    var canImport: Bool
    var form: SignOffForm
    var errors: [FieldErrorView]
    var action: String
}
