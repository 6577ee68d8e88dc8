import Foundation
@testable import ParityCore

/// Builders for governance tests, in one namespace so they cannot clash with other suites.
enum GovernanceFixture {
    /// Midnight UTC on a calendar day.
    static func day(_ year: Int, _ month: Int, _ day: Int) -> Date {
        GovernanceCalendar.utc.date(from: DateComponents(year: year, month: month, day: day))!
    }

    static let today = day(2025, 7, 2)

    static func member(
        _ ethnicity: EthnicityDeclaration,
        role: MemberRole = .member,
        disability: DisabilityDeclaration = .nonDisabled,
        start: Date = day(2024, 1, 1),
        end: Date? = nil,
        represents system: String? = nil
    ) -> Membership {
        Membership(role: role, isVoting: true, isExecutive: false, start: start, end: end, ethnicity: ethnicity, disability: disability, representsSystem: system)
    }

    /// Members in post since 2024 with the given ethnicity counts.
    static func members(bme: Int, white: Int, unknown: Int = 0) -> [Membership] {
        Array(repeating: member(.bme), count: bme)
            + Array(repeating: member(.white), count: white)
            + Array(repeating: member(.preferNotToSay), count: unknown)
    }

    static func body(
        _ id: String,
        _ kind: BodyKind,
        level: BodyLevel = .system,
        status: BodyStatus = .established,
        since: Date = day(2025, 3, 3),
        bmeFirst: Bool = false,
        members: [Membership] = []
    ) -> BodySnapshot {
        BodySnapshot(id: id, kind: kind, level: level, scopeCode: level == .region ? nil : "SYS", status: status, statusSince: since, isBMEFirstNetwork: bmeFirst, members: members)
    }

    /// The first cell for `criterion` in a row.
    static func cell(_ criterion: MaturityCriterion, in row: [MaturityCell]) -> MaturityCell? {
        row.first { $0.criterion == criterion }
    }
}
