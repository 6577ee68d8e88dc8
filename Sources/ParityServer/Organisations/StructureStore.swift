import Fluent
import Foundation
import ParityCore

/// Reads and writes the region's reference structure: systems, organisations and the
/// effective-dated memberships between them.
struct StructureStore {
    let database: Database

    /// The structure in force on `date`: systems in name order, each with the organisations
    /// that were its members then.
    func structure(asAt date: Date) async throws -> RegionStructure {
        try await structures(asAt: [date])[date]!
    }

    /// The structure in force on each date, read with one query per table.
    func structures(asAt dates: [Date]) async throws -> [Date: RegionStructure] {
        let systems = try await SystemRow.query(on: database).sort(\.$name).all()
        let organisations = Dictionary(uniqueKeysWithValues: try await OrganisationRow.query(on: database).all().map { ($0.id!, $0) })
        let memberships = try await MembershipRow.query(on: database).all()
        let regionName = try await settings.regionName
        var result: [Date: RegionStructure] = [:]
        for date in dates {
            let current = memberships.filter { $0.validFrom <= date && ($0.validTo.map { $0 > date } ?? true) }
            let bySystem = Dictionary(grouping: current, by: { $0.$system.id })
            let entries = systems.map { system in
                let members = (bySystem[system.id!] ?? [])
                    .compactMap { organisations[$0.$organisation.id] }
                    .map { OrganisationEntry(code: $0.code, name: $0.name, systemCode: system.code) }
                    .sorted { $0.name < $1.name }
                return SystemEntry(code: system.code, name: system.name, organisations: members)
            }
            result[date] = RegionStructure(regionName: regionName, systems: entries)
        }
        return result
    }

    /// Every organisation code Parity knows, whatever its membership.
    func organisationCodes() async throws -> Set<String> {
        Set(try await OrganisationRow.query(on: database).all(\.$code))
    }

    func organisation(code: String) async throws -> OrganisationRow? {
        try await OrganisationRow.query(on: database).filter(\.$code == code).first()
    }

    var isEmpty: Bool {
        get async throws { try await OrganisationRow.query(on: database).count() == 0 }
    }

    var settings: SettingsStore { SettingsStore(database: database) }

    /// Adds systems and organisations that are not yet known, with memberships starting on
    /// `validFrom`; known codes are left as they are. Runs in the caller's transaction.
    func add(systems: [ReferenceSystem], organisations: [ReferenceOrganisation], validFrom: Date) async throws -> (systems: Int, organisations: Int) {
        var systemIDs: [String: UUID] = [:]
        for row in try await SystemRow.query(on: database).all() { systemIDs[row.code] = row.id }
        var addedSystems = 0
        for system in systems where systemIDs[system.code] == nil {
            let row = SystemRow(code: system.code, name: system.name)
            try await row.create(on: database)
            systemIDs[system.code] = row.id
            addedSystems += 1
        }
        let known = try await organisationCodes()
        var addedOrganisations = 0
        for organisation in organisations where !known.contains(organisation.code) {
            guard let systemID = systemIDs[organisation.systemCode] else {
                throw ParityError.invalidInput("Organisation \(organisation.code) names system \(organisation.systemCode), which is not in the file.")
            }
            let row = OrganisationRow(code: organisation.code, name: organisation.name, kind: organisation.kind?.rawValue)
            try await row.create(on: database)
            try await MembershipRow(organisationID: row.id!, systemID: systemID, validFrom: validFrom).create(on: database)
            addedOrganisations += 1
        }
        // A new system or member changes what the figures of every year pool.
        if addedSystems + addedOrganisations > 0 { try await StoredFiguresWriter(database: database).rebuild() }
        return (addedSystems, addedOrganisations)
    }
}
