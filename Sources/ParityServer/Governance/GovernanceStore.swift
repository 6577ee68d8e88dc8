import Fluent
import Foundation
import ParityCore

/// Reads bodies, members, plans and population data, and maps them to the core's values.
struct GovernanceStore {
    let database: Database

    /// The tolerance, in percentage points, within which a body counts as representative.
    static let defaultTolerancePoints = 5.0

    func bodies(level: BodyLevel? = nil, scopeCode: String? = nil) async throws -> [BodyRow] {
        let query = BodyRow.query(on: database).with(\.$members).with(\.$plan).sort(\.$name)
        if let level { query.filter(\.$level == level.rawValue) }
        if let scopeCode { query.filter(\.$scopeCode == scopeCode) }
        return try await query.all()
    }

    func body(id: UUID) async throws -> BodyRow {
        guard let body = try await BodyRow.query(on: database).filter(\.$id == id).with(\.$members).with(\.$plan).first() else {
            throw ParityError.notFound("There is no body with that identifier.")
        }
        return body
    }

    /// The BME share of the population a scope serves (its linked areas), with the sources.
    func population(scopeCode: String) async throws -> (percent: Double?, sources: [String]) {
        let areas = Set(try await AreaLinkRow.query(on: database).filter(\.$scopeCode == scopeCode).all(\.$areaCode))
        guard !areas.isEmpty else { return (nil, []) }
        let rows = try await PopulationRecordRow.query(on: database).filter(\.$areaCode ~~ areas).all()
        return PopulationShare.bmePercent(rows.compactMap(Self.record), areas: areas)
    }

    /// The maturity matrix: the region's own cells and each system's, derived from the registry.
    func maturity(structure: RegionStructure, today: Date) async throws -> (region: [MaturityCell], systems: [(SystemEntry, [MaturityCell])]) {
        let all = try await bodies()
        let snapshots = all.compactMap(Self.snapshot)
        let tolerance = Self.defaultTolerancePoints
        let regionPopulation = try await population(scopeCode: "region").percent
        let region = MaturityMatrix.region(bodies: snapshots.filter { $0.level == .region }, systemCodes: structure.systems.map(\.code),
                                           populationBMEPercent: regionPopulation, today: today, tolerancePoints: tolerance)
        let decisions = Dictionary(grouping: try await DecisionRow.query(on: database).all(), by: \.bodyID)
        var systems: [(SystemEntry, [MaturityCell])] = []
        for system in structure.systems {
            let own = snapshots.filter { $0.level == .system && $0.scopeCode == system.code }
            let board = all.first { $0.level == BodyLevel.system.rawValue && $0.scopeCode == system.code && $0.kind == BodyKind.peopleBoard.rawValue }
            let involvement = InvolvementShare.lastTwelveMonths(
                all.filter { $0.level == BodyLevel.system.rawValue && $0.scopeCode == system.code }
                    .flatMap { decisions[$0.id!] ?? [] }
                    .compactMap { row in NetworkInvolvement(rawValue: row.involvement).map { (date: row.decidedOn, involvement: $0) } },
                today: today
            )
            let governance = SystemGovernance(systemCode: system.code, bodies: own,
                                              populationBMEPercent: try await population(scopeCode: system.code).percent,
                                              networkInvolvement: decisions.isEmpty ? nil : involvement,
                                              plan: board?.plan.map(Self.plan))
            systems.append((system, MaturityMatrix.system(governance, today: today, tolerancePoints: tolerance)))
        }
        return (region, systems)
    }

    static func snapshot(_ row: BodyRow) -> BodySnapshot? {
        guard let kind = BodyKind(rawValue: row.kind), let level = BodyLevel(rawValue: row.level),
              let status = BodyStatus(rawValue: row.status) else { return nil }
        return BodySnapshot(id: row.id!.uuidString, kind: kind, level: level, scopeCode: row.scopeCode, status: status,
                            statusSince: row.statusSince, isBMEFirstNetwork: row.isBMEFirstNetwork,
                            members: row.members.compactMap(membership))
    }

    static func membership(_ row: BodyMemberRow) -> Membership? {
        guard let role = MemberRole(rawValue: row.role) else { return nil }
        return Membership(role: role, isVoting: row.isVoting, isExecutive: row.isExecutive, start: row.start, end: row.end,
                          ethnicity: EthnicityDeclaration(rawValue: row.ethnicity) ?? .notDeclared,
                          disability: DisabilityDeclaration(rawValue: row.disability) ?? .notDeclared,
                          representsSystem: row.representsSystem)
    }

    static func plan(_ row: RepresentationPlanRow) -> RepresentationPlan {
        RepresentationPlan(start: row.start, targetDate: row.targetDate, startPercent: row.startPercent, targetPercent: row.targetPercent)
    }

    static func record(_ row: PopulationRecordRow) -> PopulationRecord? {
        PopulationGroupCode(rawValue: row.group).map {
            PopulationRecord(areaCode: row.areaCode, areaName: row.areaName, group: $0, count: row.count, source: row.source)
        }
    }
}
