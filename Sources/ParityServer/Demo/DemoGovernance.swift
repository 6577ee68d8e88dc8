import Fluent
import Foundation
import ParityCore

/// A realistic governance set-up for the demo region: regional bodies, and for each system a
/// People Board and, at varying stages, a Director of ED&I, a BME staff network, an ED&I
/// sub-committee and an independent panel — some systems complete, some lagging. Fictional
/// people and synthetic population figures, generated deterministically.
struct DemoGovernance {
    let database: Database
    let now: Date

    private static let givenNames = ["Amara", "Ben", "Chloe", "Deepak", "Efua", "Farah", "George", "Hannah", "Imran", "Jade", "Kwame",
                                     "Laura", "Mohammed", "Nadia", "Owen", "Priya", "Rhys", "Sade", "Tom", "Uzma", "Victor", "Wen"]
    private static let familyNames = ["Adeyemi", "Brown", "Chowdhury", "Davies", "Evans", "Fofana", "Green", "Hussain", "Iqbal", "Jones",
                                      "Khan", "Lewis", "Mensah", "Nowak", "Okafor", "Patel", "Roberts", "Singh", "Taylor", "Walker"]

    func seed(systems: [ReferenceSystem], regionName: String, seed: UInt64) async throws {
        var random = SplitMix64(seed: seed ^ 0x60E)
        try await regional(systems: systems, regionName: regionName, random: &random)
        for (index, system) in systems.enumerated() {
            try await self.system(system, index: index, random: &random)
        }
    }

    private func regional(systems: [ReferenceSystem], regionName: String, random: inout SplitMix64) async throws {
        let board = try await body(.peopleBoard, level: .region, scope: nil, name: "\(regionName) People Board", status: .established, since: months(-38))
        try await members(of: board, count: 12, bme: 2, random: &random, chair: .chair)
        try await plan(for: board, start: months(-4), months: 12, startPercent: 16.7, targetPercent: 30)
        let panel = try await body(.raceEqualityPanel, level: .region, scope: nil, name: "\(regionName) Race Equality & Inclusion Panel", status: .established, since: months(-20))
        try await members(of: panel, count: 7, bme: 5, random: &random, chair: .independentChair)
        let subgroup = try await body(.ediSubgroup, level: .region, scope: nil, name: "\(regionName) ED&I subgroup", status: .established, since: months(-18))
        for system in systems.prefix(8) {
            try await member(of: subgroup, role: .representative, represents: system.name, representsSystem: system.code, bme: random.chance(0.5), random: &random)
        }
        try await link(scope: "region", areas: systems.flatMap { ["\($0.code)-A", "\($0.code)-B"] })
    }

    private func system(_ system: ReferenceSystem, index: Int, random: inout SplitMix64) async throws {
        let size = 10 + Int(random.next() % 5)
        let lagging = index % 4 == 3
        let board = try await body(.peopleBoard, level: .system, scope: system.code, name: "\(system.name) People Board", status: .established, since: months(-30))
        try await members(of: board, count: size, bme: lagging ? 1 : 2 + index % 4, random: &random, chair: .chair)
        if index % 3 != 2 {
            try await member(of: board, role: .directorOfEDI, represents: nil, representsSystem: nil, bme: random.chance(0.6), random: &random, since: months(-(6 + index)))
        }
        if index % 2 == 0 { try await plan(for: board, start: months(-6), months: 12, startPercent: 15, targetPercent: 28) }
        let network = try await body(.staffNetwork, level: .system, scope: system.code, name: "\(system.name) BME Staff Network",
                                     status: lagging ? .beingEstablished : .established, since: months(-12), bmeFirst: true)
        try await members(of: network, count: 9, bme: 8, random: &random, chair: .chair)
        _ = try await body(.ediSubCommittee, level: .system, scope: system.code, name: "\(system.name) ED&I sub-committee",
                           status: index % 2 == 0 ? .established : .beingEstablished, since: months(-9))
        if index % 5 < 2 {
            _ = try await body(.raceEqualityPanel, level: .system, scope: system.code, name: "\(system.name) Independent Race Equality & Inclusion Panel",
                               status: index % 5 == 0 ? .established : .proposed, since: months(-3))
        }
        try await population(system: system, bmePercent: 12 + Double(index * 7 % 30), random: &random)
    }

    private func body(_ kind: BodyKind, level: BodyLevel, scope: String?, name: String, status: BodyStatus, since: Date, bmeFirst: Bool = false) async throws -> BodyRow {
        let row = BodyRow()
        (row.kind, row.level, row.scopeCode, row.name) = (kind.rawValue, level.rawValue, scope, name)
        row.purpose = "\(kind.label) for \(scope ?? "the region"), as the race equality strategy recommends."
        (row.meetingCadence, row.termsOfReferenceURL) = ("Every two months", nil)
        (row.status, row.statusSince, row.isBMEFirstNetwork, row.version) = (status.rawValue, since, bmeFirst, 1)
        try await row.create(on: database)
        return row
    }

    private func members(of body: BodyRow, count: Int, bme: Int, random: inout SplitMix64, chair: MemberRole) async throws {
        for index in 0..<count {
            try await member(of: body, role: index == 0 ? chair : .member, represents: nil, representsSystem: nil, bme: index >= count - bme, random: &random)
        }
    }

    private func member(of body: BodyRow, role: MemberRole, represents: String?, representsSystem: String?, bme: Bool,
                        random: inout SplitMix64, since: Date? = nil) async throws {
        let row = BodyMemberRow()
        row.$body.id = body.id!
        row.name = Self.givenNames[Int(random.next() % UInt64(Self.givenNames.count))] + " " + Self.familyNames[Int(random.next() % UInt64(Self.familyNames.count))]
        (row.role, row.represents, row.representsSystem) = (role.rawValue, represents, representsSystem)
        (row.isVoting, row.isExecutive) = (role != .representative, random.chance(0.4))
        (row.start, row.end) = (since ?? months(-Int(6 + random.next() % 30)), nil)
        let declines = random.chance(0.08)
        row.ethnicity = declines ? EthnicityDeclaration.preferNotToSay.rawValue : (bme ? EthnicityDeclaration.bme : .white).rawValue
        row.disability = (random.chance(0.1) ? DisabilityDeclaration.disabled : .nonDisabled).rawValue
        row.consentRecordedAt = row.start
        try await row.create(on: database)
    }

    private func plan(for body: BodyRow, start: Date, months count: Int, startPercent: Double, targetPercent: Double) async throws {
        let plan = RepresentationPlanRow()
        (plan.$body.id, plan.start, plan.targetDate) = (body.id!, start, Calendar.utc.date(byAdding: .month, value: count, to: start)!)
        (plan.startPercent, plan.targetPercent) = (startPercent, targetPercent)
        try await plan.create(on: database)
    }

    private func population(system: ReferenceSystem, bmePercent: Double, random: inout SplitMix64) async throws {
        for suffix in ["A", "B"] {
            let total = 150_000 + Int(random.next() % 250_000)
            let unknown = total / 100
            let bme = Int(Double(total - unknown) * bmePercent / 100 * (suffix == "A" ? 1.2 : 0.8))
            for (group, count) in [("white", total - unknown - bme), ("bme", bme), ("unknown", unknown)] {
                let row = PopulationRecordRow()
                (row.areaCode, row.areaName, row.group, row.count) = ("\(system.code)-\(suffix)", "\(system.name) area \(suffix)", group, count)
                row.source = "Synthetic census (demo data)"
                try await row.create(on: database)
            }
        }
        try await link(scope: system.code, areas: ["\(system.code)-A", "\(system.code)-B"])
    }

    private func link(scope: String, areas: [String]) async throws {
        for area in areas { try await AreaLinkRow(scopeCode: scope, areaCode: area).create(on: database) }
    }

    private func months(_ offset: Int) -> Date {
        Calendar.utc.date(byAdding: .month, value: offset, to: Calendar.utc.startOfDay(for: now))!
    }
}
