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

/// A data lead's sign-off of the organisation's latest return.
struct SignOffForm: Content {
    var name: String?
    var jobTitle: String?
    var lateReason: String?

    init() {}

    /// Every field left blank, each with what to enter (`SignOffRule.missing`), listed at
    /// once beside their fields.
    func errors(_ facts: SubmissionFacts, in cycle: ReportingCycle, now: Date) -> [FieldErrorView] {
        SignOffRule.missing(facts, in: cycle, now: now, name: name ?? "", jobTitle: jobTitle ?? "", lateReason: lateReason)
            .map { FieldErrorView(field: $0.field.rawValue, message: $0.message) }
    }
}
