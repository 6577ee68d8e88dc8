import ParityCore
import Vapor

/// The region's form for a cycle's dates; `version` is set when changing an existing cycle.
struct CycleForm: Content {
    var standard: String?
    var year: String?
    var snapshot: String?
    var deadline: String?
    var publication: String?
    var version: Int?

    init(_ cycle: ReportingCycle, version: Int? = nil) {
        standard = cycle.standard.rawValue
        year = "\(cycle.year)"
        snapshot = DateInput.format(cycle.snapshot)
        deadline = DateInput.format(cycle.deadline)
        publication = DateInput.format(cycle.publication)
        self.version = version
    }

    init(_ row: ReportingCycleRow) {
        self.init(row.cycle, version: row.version)
    }

    /// The cycle the form describes, or the problems with it, each naming its field.
    func cycle() -> (ReportingCycle?, [FieldErrorView]) {
        var errors: [FieldErrorView] = []
        let standard = standard.flatMap { Standard(rawValue: $0) }
        if standard == nil { errors.append(.init(field: "standard", message: "Choose WRES or WDES.")) }
        let year = year.flatMap { Int($0.trimmingCharacters(in: .whitespaces)) }
        if year.map({ !(2014...2100).contains($0) }) ?? true { errors.append(.init(field: "year", message: "Enter the year as four digits, for example 2027.")) }
        let dates = [("snapshot", snapshot, "the snapshot date"), ("deadline", deadline, "the submission deadline"), ("publication", publication, "the publication date")]
            .map { field, text, name -> Date? in
                let date = DateInput.parse(text)
                if date == nil { errors.append(.init(field: field, message: "Enter \(name) as a date, for example 2027-08-31.")) }
                return date
            }
        guard errors.isEmpty, let standard, let year, let snapshot = dates[0], let deadline = dates[1], let publication = dates[2] else { return (nil, errors) }
        return (ReportingCycle(standard: standard, year: year, snapshot: snapshot, deadline: deadline, publication: publication), [])
    }
}

/// A data lead's sign-off of the organisation's latest return, with a reason for each of its
/// data-quality warnings (`acknowledgements`, by the warning's position).
struct SignOffForm: Content {
    var name: String?
    var jobTitle: String?
    var lateReason: String?
    /// The return version the signer read; a sign-off of another one is refused.
    var version: Int?
    var acknowledgements: [String: String]?
    /// Set by the check-your-answers page's "Change your answers" button.
    var change: String?

    init() {}

    /// The reason given for the warning at `index`, if any.
    func reason(_ index: Int) -> String? { acknowledgements?["\(index)"] }

    /// Every field left blank, each with what to enter (`SignOffRule.missing`, then
    /// `SignOffRule.unacknowledged`), listed at once beside their fields.
    func errors(_ facts: SubmissionFacts, in cycle: ReportingCycle, now: Date, warnings: [DataQualityWarning]) -> [FieldErrorView] {
        let reasons = Dictionary(uniqueKeysWithValues: warnings.indices.compactMap { index in reason(index).map { (index, $0) } })
        return SignOffRule.missing(facts, in: cycle, now: now, name: name ?? "", jobTitle: jobTitle ?? "", lateReason: lateReason)
            .map { FieldErrorView(field: $0.field.rawValue, message: $0.message) }
            + SignOffRule.unacknowledged(warnings, reasons: reasons).map { FieldErrorView(field: WarningView.field($0.index), message: $0.message) }
    }

    /// Each warning with the reason given for it, trimmed.
    func acknowledged(_ warnings: [DataQualityWarning]) -> [(warning: DataQualityWarning, reason: String)] {
        warnings.enumerated().map { ($0.element, (reason($0.offset) ?? "").trimmingCharacters(in: .whitespacesAndNewlines)) }
    }
}

/// The region's decision on a revision of a published return.
struct RevisionReviewForm: Content {
    var decision: String?
    var reason: String?

    var chosen: RevisionReview.Decision? { decision.flatMap(RevisionReview.Decision.init(rawValue:)) }

    /// Every field left unfilled (`RevisionReview.missing`), named as the form's fields are.
    var errors: [FieldErrorView] {
        RevisionReview.missing(decision: chosen, reason: reason ?? "").map {
            FieldErrorView(field: $0.field == .reason ? "review-reason" : $0.field.rawValue, message: $0.message)
        }
    }
}
