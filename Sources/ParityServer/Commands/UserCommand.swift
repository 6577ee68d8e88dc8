import ParityCore
import Vapor

/// `parity user create --email … --role regional-admin [--scope CODE] [--name NAME]`: makes the
/// first administrator (or any user). The password is asked for on a terminal, or read from
/// the first line of standard input.
struct UserCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Argument(name: "verb", help: "create")
        var verb: String
        @Option(name: "email", help: "The user's email address")
        var email: String?
        @Option(name: "role", help: "regional-admin, panel-member, system-lead, organisation-data-lead or staff-network-lead")
        var role: String?
        @Option(name: "scope", help: "A system code (system leads, network leads) or organisation code (data leads)")
        var scope: String?
        @Option(name: "name", help: "The name shown in Parity (default: the email)")
        var name: String?
    }

    var help: String { "Creates a user: `parity user create --email a@nhs.net --role regional-admin` (password from the terminal or stdin)." }

    func run(using context: CommandContext, signature: Signature) async throws {
        guard signature.verb == "create" else { throw ParityError.invalidInput("Unknown verb \(signature.verb). Use: parity user create --email … --role …") }
        guard let email = signature.email.map(AccountStore.normalised), email.contains("@") else {
            throw ParityError.invalidInput("Give the user's email address with --email.")
        }
        guard let role = signature.role.flatMap(Role.init(rawValue:)) else {
            throw ParityError.invalidInput("Give a role with --role: " + Role.allCases.map(\.rawValue).joined(separator: ", "))
        }
        let grant = RoleGrant(role: role, scope: Self.scope(for: role, code: signature.scope))
        guard grant.isValid else { throw ParityError.invalidInput("\(role.label) needs --scope CODE (\(AccessScopeField.expectation(for: role))).") }
        let password = Self.readPassword(context)
        let problems = PasswordRules.standard.problems(password, email: email)
        guard problems.isEmpty else { throw ParityError.invalidInput("The password cannot be used: " + problems.joined(separator: "; ")) }
        let app = context.application
        let hash = try await app.password.async.hash(password)
        try await app.db.transaction { database in
            let store = AccountStore(database: database)
            guard try await store.user(email: email) == nil else { throw ParityError.conflict("A user with the email \(email) already exists.") }
            _ = try await store.createUser(email: email, displayName: signature.name ?? email, passwordHash: hash, grant: grant, now: app.now())
            try await AuditLog(database: database, actor: CommandLineOperator.auditName, now: app.now())
                .record(.userCreated, subject: email, after: ["role": role.rawValue, "scope": grant.scope.label])
        }
        context.console.print("Created \(email) as \(role.label) (\(grant.scope.label)).")
    }

    private static func scope(for role: Role, code: String?) -> AccessScope {
        switch role {
        case .regionalAdmin, .panelMember: .region
        case .systemLead, .staffNetworkLead: .system(code ?? "")
        case .organisationDataLead: .organisation(code ?? "")
        }
    }

    private static func readPassword(_ context: CommandContext) -> String {
        if isatty(STDIN_FILENO) != 0 {
            return context.console.ask("Password (at least 12 characters)", isSecure: true)
        }
        return readLine(strippingNewline: true) ?? ""
    }
}
