import Foundation
import ParityCore

/// The JSON of `/api/v1/cycles…`: dates as `YYYY-MM-DD`, states by their raw values.
enum CycleDocument {
    static func cycle(_ cycle: ReportingCycle) -> JSONValue {
        .object([
            "standard": .string(cycle.standard.rawValue),
            "year": .integer(cycle.year),
            "snapshotDate": .string(DateInput.format(cycle.snapshot)),
            "submissionDeadline": .string(DateInput.format(cycle.deadline)),
            "publicationDate": .string(DateInput.format(cycle.publication)),
            "href": .string("/api/v1/cycles/\(cycle.standard.rawValue)/\(cycle.year)"),
        ])
    }

    /// The tracker; `showsReason` says whether the caller may read an organisation's late reason.
    static func tracker(_ cycle: ReportingCycle, today: Date, rows: [TrackedSubmission], showsReason: (OrganisationEntry) -> Bool) -> JSONValue {
        .object([
            "cycle": Self.cycle(cycle),
            "daysToDeadline": .integer(cycle.daysToDeadline(today: today)),
            "organisations": .array(rows.map { row in
                .object([
                    "code": .string(row.organisation.code),
                    "name": .string(row.organisation.name),
                    "system": .string(row.organisation.systemCode),
                    "state": .string(row.state.rawValue),
                    "late": .bool(row.isLate),
                    "latestVersion": .integer(row.latestVersion),
                    "signedOffBy": .string(row.signedOffBy),
                    "signedOffJobTitle": .string(row.signedOffTitle),
                    "firstSignedOff": .string(row.firstSignedOff.map(DateInput.format)),
                    "published": .string(row.publishedAt.map(DateInput.format)),
                    "lateReason": .string(showsReason(row.organisation) ? row.lateReason : nil),
                ])
            }),
        ])
    }
}
