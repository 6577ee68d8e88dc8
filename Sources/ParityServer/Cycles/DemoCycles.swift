import Fluent
import Foundation
import ParityCore

/// The demo region's reporting cycles: last year's WRES and WDES cycles, all published, and
/// this year's, with organisations in every state — two not started (the seeder leaves out
/// their WRES return of the year), three with only a draft, three signed off late with their
/// reasons, several submitted and the rest published. The current cycle's dates are the
/// national ones when they have passed; a demo started soon after 31 March moves the deadline
/// and publication back so that every state can still be shown.
struct DemoCycles {
    let database: Database
    let now: Date

    /// The organisations with no WRES return in the current cycle.
    static let notStarted: Set<String> = ["DB4", "DK3"]
    static let draftOnly: Set<String> = ["DC3", "DH4", "DJ5"]
    static let late: [String: String] = [
        "DB2": "Our electronic staff record extract failed validation twice; the corrected extract arrived on 4 September.",
        "DE3": "The executive lead who signs off the return was on leave over the deadline.",
        "DI3": "The Staff Survey breakdown by ethnic group reached us late from the survey contractor.",
    ]
    static let submittedNotPublished: Set<String> = ["DA4", "DD3", "DF4", "DG3", "DK2"]

    /// The year of the current cycle: the latest return year once its deadline could have
    /// passed (60 days after 31 March), otherwise the year before.
    static func currentYear(now: Date, latestYear: Int) -> Int {
        now >= Calendar.utc.snapshotDate(year: latestYear).addingTimeInterval(60 * 86_400) ? latestYear : latestYear - 1
    }

    func seed(structure: RegionStructure, latestYear: Int) async throws {
        let year = Self.currentYear(now: now, latestYear: latestYear)
        for standard in Standard.allCases {
            let previous = try await cycle(ReportingCycle.standardDates(standard, year: year - 1))
            for organisation in structure.organisations {
                try await signOff(previous, organisation.code, at: previous.deadline.addingTimeInterval(-Double(10 + Self.number(organisation.code) % 20) * 86_400), published: previous.publication)
            }
            let current = try await cycle(currentDates(standard, year: year))
            for organisation in structure.organisations {
                try await seedCurrent(current, standard: standard, organisation: organisation.code)
            }
        }
    }

    private func seedCurrent(_ cycle: ReportingCycleRow, standard: Standard, organisation code: String) async throws {
        let isWRES = standard == .wres
        if isWRES, Self.notStarted.contains(code) || Self.draftOnly.contains(code) { return }
        if !isWRES, code == "DJ5" { return }
        if let reason = isWRES ? Self.late[code] : (code == "DB2" ? Self.late[code] : nil) {
            try await signOff(cycle, code, at: cycle.deadline.addingTimeInterval(Double(2 + Self.number(code) % 12) * 86_400 + 10 * 3_600), lateReason: reason, published: nil)
            return
        }
        let onTime = cycle.deadline.addingTimeInterval(-Double(2 + Int(code.unicodeScalars.last!.value) % 12) * 86_400)
        let published = isWRES && Self.submittedNotPublished.contains(code) ? nil : cycle.publication
        try await signOff(cycle, code, at: onTime, published: published)
    }

    /// This year's dates: the national ones when the demo's clock has passed them, otherwise a
    /// deadline 21 days ago and publication 7 days ago.
    private func currentDates(_ standard: Standard, year: Int) -> ReportingCycle {
        var cycle = ReportingCycle.standardDates(standard, year: year)
        cycle.deadline = min(cycle.deadline, now.addingTimeInterval(-21 * 86_400))
        cycle.publication = min(cycle.publication, now.addingTimeInterval(-7 * 86_400))
        return (try? cycle.validated()) ?? cycle
    }

    private func cycle(_ cycle: ReportingCycle) async throws -> ReportingCycleRow {
        try await CycleStore(database: database).save(cycle, expectedVersion: nil, actor: "demo", now: now)
    }

    /// A small number drawn from a code, the same on every run (unlike `hashValue`).
    private static func number(_ code: String) -> Int {
        Int(code.unicodeScalars.map(\.value).reduce(0, +))
    }

    private static let signatories = [
        ("Morgan Ellery", "Chief People Officer"), ("Priya Ramanathan", "Director of Workforce"),
        ("Daniel Osei", "Director of People and Culture"), ("Ruth Calloway", "Chief Executive"),
    ]

    private func signOff(_ cycle: ReportingCycleRow, _ code: String, at: Date, lateReason: String? = nil, published: Date?) async throws {
        let (name, title) = Self.signatories[Self.number(code) % Self.signatories.count]
        let row = SubmissionRow()
        row.$cycle.id = cycle.id!
        row.organisationCode = code
        row.firstSignedOffAt = at
        row.signedOffAt = at
        row.lateReason = lateReason
        row.signedOffBy = name
        row.signedOffTitle = title
        row.signedOffVersion = 1
        row.publishedAt = published
        try await row.create(on: database)
        try await SubmissionEventRow(cycleID: cycle.id!, organisationCode: code, kind: .signedOff, at: at, returnVersion: 1,
                                     text: "Signed off by \(name), \(title).\(lateReason == nil ? "" : " After the deadline.")", actor: "demo").create(on: database)
        if let published {
            try await SubmissionEventRow(cycleID: cycle.id!, organisationCode: code, kind: .published, at: published, returnVersion: 1,
                                         text: "Published by the region.", actor: "demo").create(on: database)
        }
    }
}
