import Foundation
import ParityCore

/// One organisation's standing in a cycle, as the tracker, the CSV and the API show it.
struct TrackedSubmission: Sendable {
    var organisation: OrganisationEntry
    var systemName: String
    var facts: SubmissionFacts
    var state: SubmissionState
    /// Late: signed off after the deadline, or not signed off and the deadline passed.
    var isLate: Bool
    /// Days to the deadline: 0 on the day, negative once past it.
    var daysToDeadline: Int
    var latestVersion: Int?
    var signedOffVersion: Int?
    var signedOffBy: String?
    var signedOffTitle: String?
    var firstSignedOff: Date?
    /// Whole days from the deadline to the first sign-off (negative when early).
    var daysLate: Int
    var lateReason: String?
    var publishedAt: Date?
    /// The version of a revision of the published return waiting for the region (issue 20).
    var revisionUnderReview: Int?

    init(organisation: OrganisationEntry, systemName: String, cycle: ReportingCycle, latestVersion: Int?, submission: SubmissionRow?,
         revisionUnderReview: Int? = nil, today: Date) {
        self.organisation = organisation
        self.systemName = systemName
        facts = SubmissionFacts(hasReturn: latestVersion != nil, firstSignedOff: submission?.firstSignedOffAt,
                                isSignedOff: submission?.signedOffAt != nil, isPublished: submission?.publishedAt != nil)
        state = SubmissionState.of(facts, in: cycle, today: today)
        isLate = SubmissionState.isLate(facts, in: cycle, today: today)
        daysToDeadline = cycle.daysToDeadline(today: today)
        self.latestVersion = latestVersion
        signedOffVersion = submission?.signedOffVersion
        signedOffBy = submission?.signedOffBy
        signedOffTitle = submission?.signedOffTitle
        firstSignedOff = submission?.firstSignedOffAt
        daysLate = submission.map { -cycle.daysToDeadline(today: $0.firstSignedOffAt) } ?? 0
        lateReason = submission?.lateReason
        publishedAt = submission?.publishedAt
        self.revisionUnderReview = revisionUnderReview
    }

    /// "Late, 12 days after the deadline", "Submitted", "Draft imported, 6 days overdue".
    var summary: String {
        switch state {
        case .late: "Signed off \(firstSignedOff.map(DisplayDate.date) ?? ""), \(daysLate) day\(daysLate == 1 ? "" : "s") after the deadline"
        case .published:
            (isLate ? "Published (signed off late)" : "Published") + (revisionUnderReview.map { "; revision (version \($0)) under the region's review" } ?? "")
        case .submitted: "Submitted \(firstSignedOff.map(DisplayDate.date) ?? "")"
        case .notStarted, .draftImported:
            if daysToDeadline < 0 { "\(state.label), \(-daysToDeadline) day\(daysToDeadline == -1 ? "" : "s") overdue" }
            else if facts.firstSignedOff != nil { "\(state.label) (reopened for a correction)" }
            else { "\(state.label), \(daysToDeadline) day\(daysToDeadline == 1 ? "" : "s") left" }
        }
    }

    /// The filter a tracker row answers to: its state, `late-or-overdue` for every late
    /// organisation, or `not-submitted` for every one not signed off.
    func matches(filter: String?) -> Bool {
        guard let filter, !filter.isEmpty else { return true }
        if filter == "late-or-overdue" { return isLate }
        if filter == "not-submitted" { return !facts.isSignedOff }
        return state.rawValue == filter
    }
}
