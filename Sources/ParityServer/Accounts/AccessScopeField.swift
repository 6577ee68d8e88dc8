import Fluent
import ParityCore
import Vapor

/// The "covers" choice of the invitation form, whose values are `AccessScope` raw values
/// (`region`, `system:CODE`, `organisation:CODE`).
enum AccessScopeField {
    static func expectation(for role: Role) -> String {
        switch role {
        case .regionalAdmin, .panelMember: "the whole region"
        case .systemLead, .staffNetworkLead: "one system"
        case .organisationDataLead: "one organisation"
        }
    }

    /// The system an organisation belongs to today, for the invitation rule.
    static func system(of scope: AccessScope, database: Database, now: Date) async throws -> String? {
        guard case let .organisation(code) = scope else { return nil }
        return try await StructureStore(database: database).structure(asAt: now).organisation(code: code)?.systemCode
    }

    /// The scopes `actor` may invite into: everything for a regional admin, their own system
    /// and its organisations for a system lead.
    static func options(for actor: ParityCore.Actor, database: Database, now: Date, selected: String) async throws -> [OptionView] {
        let structure = try await StructureStore(database: database).structure(asAt: now)
        var scopes: [AccessScope] = []
        if actor.grants.contains(where: { $0.role == .regionalAdmin }) {
            scopes = [.region] + structure.systems.map { .system($0.code) } + structure.organisations.map { .organisation($0.code) }
        } else {
            for case let .system(code) in actor.grants.filter({ $0.role == .systemLead }).map(\.scope) {
                scopes += [.system(code)] + (structure.system(code: code)?.organisations.map { .organisation($0.code) } ?? [])
            }
        }
        let names = Dictionary(uniqueKeysWithValues: structure.systems.map { ($0.code, $0.name) } + structure.organisations.map { ($0.code, $0.name) })
        return scopes.map { scope in
            let label = switch scope {
            case .region: "The whole region"
            case let .system(code): "System: \(names[code] ?? code) (\(code))"
            case let .organisation(code): "Organisation: \(names[code] ?? code) (\(code))"
            }
            return OptionView(value: scope.rawValue, label: label, selected: scope.rawValue == selected)
        }
    }
}
