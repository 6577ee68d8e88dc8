import ParityCore

/// Whoever runs `parity` on the server already holds the whole database, so commands act
/// with a regional admin's rights; the audit log names them as the command line.
enum CommandLineOperator {
    static let auditName = "command line"
}

extension ParityCore.Actor {
    static let commandLine = ParityCore.Actor(grants: [RoleGrant(role: .regionalAdmin, scope: .region)])
}
