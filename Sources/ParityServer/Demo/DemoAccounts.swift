import Fluent
import ParityCore
import Vapor

/// One account for every role in the demo region, all with the same published password.
/// They exist only in the demo database and are listed on the sign-in page only in demo mode.
enum DemoAccounts {
    static let password = "northmere-demo-only"

    struct Account: Sendable {
        var email: String
        var name: String
        var grant: RoleGrant
    }

    static let all: [Account] = [
        Account(email: "admin@demo.parity.invalid", name: "Ada Admin", grant: RoleGrant(role: .regionalAdmin, scope: .region)),
        Account(email: "panel@demo.parity.invalid", name: "Priya Panel", grant: RoleGrant(role: .panelMember, scope: .region)),
        Account(email: "system-lead@demo.parity.invalid", name: "Sam Lead (Northmere City)", grant: RoleGrant(role: .systemLead, scope: .system("D01"))),
        Account(email: "data-lead@demo.parity.invalid", name: "Dev Data (DA1)", grant: RoleGrant(role: .organisationDataLead, scope: .organisation("DA1"))),
        Account(email: "network-lead@demo.parity.invalid", name: "Nia Network (Northmere City)", grant: RoleGrant(role: .staffNetworkLead, scope: .system("D01"))),
    ]

    static func create(on database: Database, passwordHash: String, now: Date) async throws {
        let store = AccountStore(database: database)
        for account in all {
            _ = try await store.createUser(email: account.email, displayName: account.name, passwordHash: passwordHash, grant: account.grant, now: now)
        }
    }
}

struct DemoAccountView: Encodable {
    var email: String
    var role: String
    var scope: String

    init(_ account: DemoAccounts.Account) {
        email = account.email
        role = account.grant.role.label
        scope = account.grant.scope.label
    }
}
