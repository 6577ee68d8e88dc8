import Fluent
import Foundation
import ParityCore

/// The bodies the strategy names, registered for the real region with no members: the
/// regional People Board (established September 2020), the Race Equality & Inclusion Panel
/// and the ED&I subgroup (proposed), and for each system its People Board, an ED&I
/// sub-committee and a system-wide BME staff network (proposed). Known bodies are left alone.
struct MidlandsBodies {
    let database: Database
    let now: Date

    func create(systems: [ReferenceSystem]) async throws -> Int {
        let existing = Set(try await BodyRow.query(on: database).all().map { "\($0.kind)|\($0.scopeCode ?? "region")" })
        let september2020 = Calendar.utc.date(from: DateComponents(year: 2020, month: 9, day: 1))!
        var wanted: [(BodyKind, BodyLevel, String?, String, BodyStatus, Date, Bool)] = [
            (.peopleBoard, .region, nil, "Midlands People Board", .established, september2020, false),
            (.raceEqualityPanel, .region, nil, "Midlands Race Equality & Inclusion Panel", .proposed, now, false),
            (.ediSubgroup, .region, nil, "Midlands ED&I subgroup", .proposed, now, false),
        ]
        for system in systems {
            wanted += [
                (.peopleBoard, .system, system.code, "\(system.name) People Board", .established, now, false),
                (.ediSubCommittee, .system, system.code, "\(system.name) ED&I sub-committee", .proposed, now, false),
                (.staffNetwork, .system, system.code, "\(system.name) BME Staff Network", .proposed, now, true),
            ]
        }
        var created = 0
        for (kind, level, scope, name, status, since, bmeFirst) in wanted where !existing.contains("\(kind.rawValue)|\(scope ?? "region")") {
            let row = BodyRow()
            (row.kind, row.level, row.scopeCode, row.name, row.purpose, row.meetingCadence) = (kind.rawValue, level.rawValue, scope, name, "", "")
            (row.status, row.statusSince, row.isBMEFirstNetwork, row.version) = (status.rawValue, since, bmeFirst, 1)
            try await row.create(on: database)
            created += 1
        }
        return created
    }
}
